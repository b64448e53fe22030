package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The name rules against real spelling pairs: variants that must meet (level VARIANT or EXACT)
 * and near misses that must not (Abd is not Abu, Ahmad is not Hamad, Hasan is not Husayn).
 */
class NameStandardisationTest {

    @ParameterizedTest(name = "{3}: {1} = {2}")
    @CsvFileSource(resources = "/linkage/name-variants.csv", encoding = "UTF-8")
    void spellingsOfOneNameMeet(String role, String first, String second, String rule) {
        assertThat(NameComparator.sameName(first, second, role(role)))
                .as(
                        "%s and %s should meet (%s): %s | %s",
                        first, second, rule, describe(first, role), describe(second, role))
                .isTrue();
        assertThat(NameComparator.sameName(second, first, role(role)))
                .as("symmetric")
                .isTrue();
    }

    @ParameterizedTest(name = "{3}: {1} ≠ {2}")
    @CsvFileSource(resources = "/linkage/name-near-misses.csv", encoding = "UTF-8")
    void nearMissesDoNotMeet(String role, String first, String second, String why) {
        assertThat(NameComparator.sameName(first, second, role(role)))
                .as(
                        "%s and %s must not meet (%s): %s | %s",
                        first, second, why, describe(first, role), describe(second, role))
                .isFalse();
        assertThat(NameComparator.sameName(second, first, role(role)))
                .as("symmetric")
                .isFalse();
    }

    private static NameRole role(String role) {
        return role.equals("family") ? NameRole.FAMILY : NameRole.GIVEN;
    }

    private static String describe(String name, String role) {
        StandardName standard = NameStandardiser.standardise(name, role(role));
        return (standard.arabic() == null ? "" : standard.arabic() + " " + standard.arabicTokens() + " ")
                + (standard.latin() == null ? "" : standard.latin() + " " + standard.latinTokens());
    }
}
