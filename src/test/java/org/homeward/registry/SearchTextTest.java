package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest
    @CsvSource({
        "أحمد, احمد",
        "إبراهيم, ابراهيم",
        "آمنة, امنه",
        "مُحَمَّد, محمد",
        "مـــحمد, محمد",
        "مصطفى, مصطفي",
        "فاطمة, فاطمه",
        "Al-Ḥasan, al hasan",
        "Lu'ay, luay",
        "ʿAbd al-Raḥmān, abd al rahman",
        "GÜLEN, gulen"
    })
    void foldsSpellingsThatMeanTheSameLetters(String written, String folded) {
        assertThat(SearchText.fold(written)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"محمد, محمود", "Hasan, Husayn", "علي, عليا"})
    void keepsDifferentNamesApart(String one, String other) {
        assertThat(SearchText.fold(one)).isNotEqualTo(SearchText.fold(other));
    }

    @Test
    void foldingEachNamePartGivesTheFoldOfTheWholeName() {
        String[][] names = {
            {"مُحَمَّد", "أحمد", null, "الإدلبي", "Moḥammad", "Al-Ḥasan", null, "Lu'ay"},
            {"عبد  الرحمن", null, null, null, null, "ʿAbd al-Raḥmān", "O'Neil.", "GÜLEN"},
            {null, null, null, null, "Sara", "-", "Nour", "Al- Ali"}
        };
        for (String[] parts : names) {
            Individual individual = new Individual(
                    null,
                    0,
                    true,
                    Relationship.PRINCIPAL,
                    NameChain.of(parts[0], parts[4], parts[1], parts[5], parts[2], parts[6], parts[3], parts[7]),
                    Sex.F,
                    BirthDate.UNKNOWN,
                    null,
                    null,
                    null,
                    null,
                    List.of());
            String whole = SearchText.fold(
                    Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" ")));
            assertThat(SearchText.of(individual, SearchText::fold)).isEqualTo(whole);
            assertThat(SearchText.of(individual)).isEqualTo(whole);
        }
    }
}
