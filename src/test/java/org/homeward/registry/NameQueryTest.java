package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameQueryTest {

    @Test
    void compoundNamesStayOnePart() {
        assertThat(NameQuery.parse("Abd al-Rahman al-Hamwi").parts()).containsExactly("Abd al-Rahman", "al-Hamwi");
        assertThat(NameQuery.parse("Abdul Rahman Al Hamwi").parts()).containsExactly("Abdul Rahman", "Al Hamwi");
        assertThat(NameQuery.parse("عبد الرحمن ال حموي").parts()).containsExactly("عبد الرحمن", "ال حموي");
        assertThat(NameQuery.parse("Nour al Din Abu Ali").parts()).containsExactly("Nour al Din", "Abu Ali");
        assertThat(NameQuery.parse("نور الدين").parts()).containsExactly("نور الدين");
        assertThat(NameQuery.parse("سمير العبد الله").parts()).containsExactly("سمير", "العبد الله");
        assertThat(NameQuery.parse("Samir Al-Abd Allah").parts()).containsExactly("Samir", "Al-Abd Allah");
        assertThat(NameQuery.parse("سمير العبد الله").expectedPlaces())
                .as("a family name written in two words")
                .containsExactly(List.of(ChainPart.GIVEN, ChainPart.FAMILY));
    }

    @Test
    void sonOfOnlySaysThatTheFatherFollows() {
        assertThat(NameQuery.parse("Mohammad bin Ahmad").parts()).containsExactly("Mohammad", "Ahmad");
        assertThat(NameQuery.parse("محمد بن أحمد").parts()).containsExactly("محمد", "أحمد");
    }

    @Test
    void aReferenceInTheNameBoxIsAReference() {
        assertThat(NameQuery.parse("HW-0021619").reference()).contains("HW-0021619");
        assertThat(NameQuery.parse(" hw 21619 ").reference()).contains("HW-0021619");
        assertThat(NameQuery.parse("HW-٠٠٢١٦١٩").reference()).contains("HW-0021619");
        assertThat(NameQuery.parse("HW-0021619").parts()).isEmpty();
        assertThat(NameQuery.parse("Hwaida").reference()).isEqualTo(Optional.empty());
    }

    @Test
    void aCurrentReferenceIsFoundTypedLooselyAndOnlyWhenItsCheckHolds() {
        String body = "7KQ3MZ9TD";
        String reference = "HW-" + body + HouseholdReferences.checkCharacter(body);
        assertThat(NameQuery.parse(reference).reference()).contains(reference);
        assertThat(NameQuery.parse(reference.toLowerCase(Locale.ROOT).replace("-", " "))
                        .reference())
                .contains(reference);
        assertThat(NameQuery.parse("hw-7kq3mz9td" + HouseholdReferences.checkCharacter(body))
                        .parts())
                .isEmpty();
        char wrong = HouseholdReferences.ALPHABET.charAt(
                (HouseholdReferences.ALPHABET.indexOf(HouseholdReferences.checkCharacter(body)) + 1)
                        % HouseholdReferences.ALPHABET.length());
        assertThat(NameQuery.parse("HW-" + body + wrong).reference()).isEmpty();
    }

    @Test
    void theFirstPartIsTheGivenName() {
        assertThat(NameQuery.parse("Ahmad").expectedPlaces()).containsExactly(List.of(ChainPart.GIVEN));
        assertThat(NameQuery.parse("Mohammad Ahmad").expectedPlaces())
                .containsExactly(
                        List.of(ChainPart.GIVEN, ChainPart.FAMILY), List.of(ChainPart.GIVEN, ChainPart.FATHER));
        assertThat(NameQuery.parse("Mohammad al-Hamwi").expectedPlaces())
                .as("the article marks a family name")
                .containsExactly(List.of(ChainPart.GIVEN, ChainPart.FAMILY));
        assertThat(NameQuery.parse("محمد أحمد الحموي").expectedPlaces())
                .containsExactly(List.of(ChainPart.GIVEN, ChainPart.FATHER, ChainPart.FAMILY));
        assertThat(NameQuery.parse("a b c d e").expectedPlaces()).isEmpty();
        assertThat(NameQuery.parse("  ").isEmpty()).isTrue();
    }

    @Test
    void aPartWrittenWithTheArticleIsSoughtOnlyAsAFamilyNameUnlessItIsAGivenNameBeginningSo() {
        NameQuery safia = NameQuery.parse("Safia El Mohammad");
        assertThat(safia.placesAnywhere(1, word -> false))
                .as("nobody's father is called al-Mohammad")
                .containsExactly(ChainPart.FAMILY);
        assertThat(safia.placesAnywhere(0, word -> false)).containsExactly(ChainPart.values());
        assertThat(NameQuery.parse("المحمد").placesAnywhere(0, word -> false)).containsExactly(ChainPart.FAMILY);

        NameQuery elias = NameQuery.parse("محمد الياس");
        java.util.function.Predicate<String> listed = word -> word.equals("الياس");
        assertThat(elias.expectedPlaces())
                .as("without the list, the article decides")
                .containsExactly(List.of(ChainPart.GIVEN, ChainPart.FAMILY));
        assertThat(elias.expectedPlaces(listed))
                .as("Elias is a given name, so may be the father's")
                .containsExactly(
                        List.of(ChainPart.GIVEN, ChainPart.FAMILY), List.of(ChainPart.GIVEN, ChainPart.FATHER));
        assertThat(elias.placesAnywhere(1, listed)).containsExactly(ChainPart.values());
    }
}
