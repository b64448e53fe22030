package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicScanAllowListTest {

    @Test
    void allowsCodesWithDigitsButNotAFieldPathWithAnIndex() {
        assertThat(ArabicScanAllowList.allows("HW-7KQ3MZ9TDZ")).isTrue();
        assertThat(ArabicScanAllowList.allows("SY0100")).isTrue();
        assertThat(ArabicScanAllowList.allows("C1001")).isTrue();
        assertThat(ArabicScanAllowList.allows("SC7731902")).isTrue();
        assertThat(ArabicScanAllowList.allows("2026-03-01")).isTrue();
        assertThat(ArabicScanAllowList.allows("10:45")).isTrue();
        assertThat(ArabicScanAllowList.allows("#adm3+code")).isTrue();
        assertThat(ArabicScanAllowList.allows("api/v1/statistics/returns-by-condition"))
                .isTrue();
        assertThat(ArabicScanAllowList.allows("d39d923ae273b83fdb15f476c9754c3adbc2a9ca37fa114860a883dff2ad61b4"))
                .isTrue();

        assertThat(ArabicScanAllowList.allows("members[1].birthDate")).isFalse();
        assertThat(ArabicScanAllowList.allows("members[0].givenNameLatin")).isFalse();
        assertThat(ArabicScanAllowList.allows("journey.destinationPcode")).isFalse();
        assertThat(ArabicScanAllowList.allows("page2")).isFalse();
    }
}
