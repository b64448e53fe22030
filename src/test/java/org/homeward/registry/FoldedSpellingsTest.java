package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldedSpellingsTest {

    private final FoldedSpellings spellings = new FoldedSpellings();

    @Test
    void spellingsOfOneGivenNameShareAKey() {
        assertAlike(ChainPart.GIVEN, "Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mhd", "Mohamed", "MOHAMMAD");
        assertAlike(ChainPart.GIVEN, "Ahmad", "Ahmed");
        assertAlike(ChainPart.GIVEN, "Mahmoud", "Mahmud", "Mahmood");
        assertAlike(ChainPart.GIVEN, "Khaled", "Khalid");
        assertAlike(ChainPart.GIVEN, "Hussein", "Hussain", "Husein", "Hossein", "Housein");
        assertAlike(ChainPart.GIVEN, "Mustafa", "Mostafa", "Moustafa", "Mustapha");
        assertAlike(
                ChainPart.GIVEN,
                "Abdulrahman",
                "Abd al-Rahman",
                "Abdul Rahman",
                "Abdelrahman",
                "Abdalrahman",
                "Abdurrahman");
        assertAlike(ChainPart.GIVEN, "Abdullah", "Abdallah", "Abd Allah", "Abdulla", "Abdalla");
        assertAlike(ChainPart.GIVEN, "Hamza", "Hamzah", "Hamze");
        assertAlike(ChainPart.GIVEN, "Fatima", "Fatimah", "Fatime");
        assertAlike(ChainPart.GIVEN, "Said", "Saeed", "Saeid", "Sa'id");
        assertAlike(ChainPart.GIVEN, "Ali", "Aly");
    }

    @Test
    void arabicSpellingsFoldHamzaTaMarbutaAndTheArticle() {
        assertAlike(ChainPart.GIVEN, "أحمد", "احمد", "إحمد");
        assertAlike(ChainPart.GIVEN, "فاطمة", "فاطمه");
        assertAlike(ChainPart.GIVEN, "عبد الرحمن", "عبدالرحمن", "عبد الرَّحمن");
        assertAlike(ChainPart.FAMILY, "الحموي", "حموي", "ال حموي");
        assertAlike(ChainPart.GIVEN, "مصطفى", "مصطفي");
    }

    @Test
    void familyNamesLoseTheirArticleWrittenAnyWay() {
        assertAlike(ChainPart.FAMILY, "Al-Hamwi", "Hamwi", "Al Hamwi", "El Hamwi", "Alhamwi", "al-hamwi");
        assertAlike(ChainPart.FAMILY, "As-Saleh", "Al-Saleh", "Saleh", "Alsaleh");
        assertAlike(ChainPart.FAMILY, "Al-Ali", "Alali", "Ali");
    }

    @Test
    void namesThatShareARootAreDifferentNames() {
        assertDifferent(ChainPart.GIVEN, "Mohammad", "Mahmoud", "Ahmad", "Hamid", "Humam", "Hiyam", "Hamad");
        assertDifferent(ChainPart.GIVEN, "Mohammed", "Mahmud", "Ahmed", "Hamed");
        assertDifferent(ChainPart.GIVEN, "محمد", "محمود", "أحمد", "حامد", "همام", "حمد");
        assertDifferent(ChainPart.FAMILY, "Al-Mohammad", "Al-Mahmoud", "Al-Ahmad", "Al-Hamid");
    }

    @Test
    void aJoinedArticleIsKeptInGivenNames() {
        // "Alaa" is a given name, not the article before "a".
        assertThat(spellings.of("Alaa", ChainPart.GIVEN)).isNotEmpty().doesNotContain("a");
        assertDifferent(ChainPart.GIVEN, "Ali", "Alali");
    }

    @Test
    void blankNamesHaveNoKeys() {
        assertThat(spellings.of(null, ChainPart.GIVEN)).isEmpty();
        assertThat(spellings.of("  ", ChainPart.FAMILY)).isEmpty();
        assertThat(spellings.of("-", ChainPart.FAMILY)).isEmpty();
    }

    private void assertAlike(ChainPart part, String... names) {
        for (String name : names) {
            Set<String> first = spellings.of(names[0], part);
            assertThat(spellings.of(name, part))
                    .as(name + " " + spellings.of(name, part) + " against " + names[0] + " " + first)
                    .containsAnyElementsOf(first);
        }
    }

    private void assertDifferent(ChainPart part, String... names) {
        for (int a = 0; a < names.length; a++) {
            for (int b = a + 1; b < names.length; b++) {
                assertThat(spellings.of(names[a], part))
                        .as(names[a] + " " + spellings.of(names[a], part) + " against " + names[b] + " "
                                + spellings.of(names[b], part))
                        .doesNotContainAnyElementsOf(spellings.of(names[b], part));
            }
        }
    }
}
