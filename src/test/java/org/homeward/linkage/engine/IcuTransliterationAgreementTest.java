package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine writes Arabic names in its sound alphabet with its own table (faster than a
 * transliterator, and it knows which letters are long vowels). This test holds that table to
 * ICU4J's Arabic-Latin transliteration: for every Arabic name of the benchmark lists, the consonant
 * skeleton read from ICU's output equals the engine's.
 */
class IcuTransliterationAgreementTest {

    private static final Transliterator ARABIC_LATIN = Transliterator.getInstance("Arabic-Latin");
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();

    @Test
    void arabicConsonantsAgreeWithIcuArabicLatin() {
        List<SyrianRegistryGenerator.Name> names = new ArrayList<>(SyrianRegistryGenerator.MALE);
        names.addAll(SyrianRegistryGenerator.FEMALE);
        names.addAll(SyrianRegistryGenerator.FAMILIES);
        assertThat(names).hasSizeGreaterThan(100);
        for (SyrianRegistryGenerator.Name name : names) {
            String normalised = ArabicNames.normalise(name.arabic());
            StringBuilder tokens = new StringBuilder();
            for (String word : normalised.split(" ")) {
                ArabicNames.tokens(word, tokens);
            }
            assertThat(icuConsonants(normalised))
                    .as(name.arabic() + " → " + ARABIC_LATIN.transliterate(normalised))
                    .isEqualTo(engineConsonants(tokens.toString()));
        }
    }

    /** The engine's consonant classes, in order, with final ه/ة (token h) read as H. */
    private static String engineConsonants(String tokens) {
        StringBuilder out = new StringBuilder();
        for (char c : tokens.toCharArray()) {
            if ("BTJHDRZSGFKLMN".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == 'h') {
                out.append('H');
            }
        }
        return out.toString();
    }

    /** ICU's transliteration read into the same consonant classes (kẖ, tẖ, dẖ, sẖ, gẖ and ẗ first). */
    private static String icuConsonants(String arabic) {
        String latin = DECOMPOSE
                .normalize(ARABIC_LATIN.transliterate(arabic))
                .replace("kh\u0331", "H")
                .replace("th\u0331", "T")
                .replace("dh\u0331", "D")
                .replace("sh\u0331", "S")
                .replace("gh\u0331", "G")
                .replace("t\u0308", "H");
        StringBuilder out = new StringBuilder();
        for (char c : latin.toCharArray()) {
            int at = "btjdrzsfqklmnghHTDSG".indexOf(c);
            if (at >= 0) {
                out.append("BTJDRZSFKKLMNGHHTDSG".charAt(at));
            }
        }
        return out.toString();
    }
}
