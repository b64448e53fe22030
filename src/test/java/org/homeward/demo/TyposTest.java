package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TyposTest {

    private final SplittableRandom random = new SplittableRandom(5);

    @Test
    void latinSlipsChangeTheNameByAtMostTwoEditsAndKeepOnlyLetters() {
        Set<String> slips = new HashSet<>();
        for (String name : new String[] {"Mohammad", "Abd al-Rahman", "Al-Hamwi", "Ali", "Sa'id", "Aya"}) {
            for (int i = 0; i < 200; i++) {
                String slipped = Typos.latin(name, random);
                assertThat(slipped).isNotEqualTo(name).matches("[A-Za-z][A-Za-z' -]*");
                assertThat(DuplicateDifferencesTest.editDistance(name, slipped)).isBetween(1, 2);
                slips.add(slipped);
            }
        }
        assertThat(slips).hasSizeGreaterThan(60);
    }

    @Test
    void arabicSlipsAreTheUsualSpellingVariants() {
        assertThat(variants("فاطمة")).contains("فاطمه");
        assertThat(variants("أحمد")).contains("احمد");
        assertThat(variants("إبراهيم")).contains("ابراهيم");
        assertThat(variants("مصطفى")).contains("مصطفي");
        assertThat(variants("عبد الرحمن")).contains("عبدالرحمن");
        for (String name : new String[] {"علي", "نور", "فاطمة", "عبد الله"}) {
            for (String variant : variants(name)) {
                assertThat(variant).isNotEqualTo(name);
                assertThat(DuplicateDifferencesTest.editDistance(name, variant)).isBetween(1, 2);
                assertThat(variant.codePoints()
                                .allMatch(c ->
                                        c == ' ' || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                        .isTrue();
            }
        }
    }

    private Set<String> variants(String name) {
        Set<String> variants = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            variants.add(Typos.arabic(name, random));
        }
        return variants;
    }
}
