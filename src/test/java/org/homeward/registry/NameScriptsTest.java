package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NameScriptsTest {

    /** The rules written plainly with the Unicode tests alone, which the quick paths must agree with. */
    private static boolean arabicByUnicode(String name) {
        return name.codePoints()
                        .allMatch(c -> separator(c)
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                                        && (Character.isLetter(c)
                                                || Character.getType(c) == Character.NON_SPACING_MARK))
                && name.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean latinByUnicode(String name) {
        return name.codePoints()
                        .allMatch(c -> separator(c)
                                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN
                                        && Character.isLetter(c)
                                || Character.getType(c) == Character.NON_SPACING_MARK
                                || c == 'ʿ'
                                || c == 'ʾ')
                && name.codePoints().anyMatch(Character::isLetter);
    }

    private static String tidyByUnicode(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\u0640", "")
                .trim()
                .replaceAll("\\s+", " ");
    }

    private static boolean separator(int c) {
        return c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }

    @Test
    void agreesWithTheUnicodeRulesForEveryCharacterAlone() {
        for (int c = 0; c <= 0x2FFFF; c++) {
            if (Character.getType(c) == Character.SURROGATE) {
                continue;
            }
            String alone = new String(Character.toChars(c));
            for (String name : new String[] {alone, "Ahmad" + alone, "أحمد" + alone, alone + " علي", "Al " + alone}) {
                assertThat(NameScripts.isArabicName(name))
                        .as("Arabic? U+%04X in %s", c, name)
                        .isEqualTo(arabicByUnicode(name));
                assertThat(NameScripts.isLatinName(name))
                        .as("Latin? U+%04X in %s", c, name)
                        .isEqualTo(latinByUnicode(name));
                assertThat(NameScripts.tidy(name))
                        .as("tidy U+%04X in %s", c, name)
                        .isEqualTo(tidyByUnicode(name));
            }
        }
    }

    @Test
    void tidiesAsTheUnicodeRulesDo() {
        for (String name : new String[] {
            "عبد  الرحمن",
            " محمد",
            "مـــحمد",
            "Al-Hasan ",
            "O'Neil",
            "ا\u0653حمد",
            "e\u0301lie",
            "Ali\tHasan",
            "أحمد",
            "Fatima\u00A0Ali",
            "Ḥasan",
            ""
        }) {
            assertThat(NameScripts.tidy(name)).as(name).isEqualTo(tidyByUnicode(name));
        }
    }

    @Test
    void tellsTheScriptsApart() {
        assertThat(NameScripts.isArabicName("عبد الرحمن")).isTrue();
        assertThat(NameScripts.isArabicName("Abd")).isFalse();
        assertThat(NameScripts.isLatinName("ʿAbd al-Raḥmān")).isTrue();
        assertThat(NameScripts.isLatinName("Ahmad2")).isFalse();
        assertThat(NameScripts.isLatinName("- .")).isFalse();
        assertThat(NameScripts.isArabicName("محمد Ahmad")).isFalse();
    }
}
