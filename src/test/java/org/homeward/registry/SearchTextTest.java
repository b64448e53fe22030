package org.homeward.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

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
            "GÜLEN, gulen"})
    void foldsSpellingsThatMeanTheSameLetters(String written, String folded) {
        assertThat(SearchText.fold(written)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"محمد, محمود", "Hasan, Husayn", "علي, عليا"})
    void keepsDifferentNamesApart(String one, String other) {
        assertThat(SearchText.fold(one)).isNotEqualTo(SearchText.fold(other));
    }
}
