package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.homeward.demo.GeneratedPopulation.Row;
import org.junit.jupiter.api.Test;

/** First registrations follow the Arab name chain, in whichever scripts they record. */
class NamingChainTest {

    private static final String[] SCRIPTS = {"_ar", "_latin"};

    @Test
    void childrenCarryTheirFathersGivenNameAndHisFathersName() {
        int checked = 0;
        for (List<Row> household : GeneratedPopulation.large().firstRegistrations()) {
            Row principal = household.get(0);
            if (!principal.get("sex").equals("M")) {
                continue;
            }
            for (Row child : members(household, "SON", "DAUGHTER")) {
                checked += sameName(child, "father_name", principal, "given_name");
                sameName(child, "grandfather_name", principal, "father_name");
                sameName(child, "family_name", principal, "family_name");
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    void theFathersGivenNameIsThePrincipalsFathersName() {
        int checked = 0;
        for (List<Row> household : GeneratedPopulation.large().firstRegistrations()) {
            Row principal = household.get(0);
            for (Row father : members(household, "FATHER")) {
                checked += sameName(principal, "father_name", father, "given_name");
                sameName(principal, "grandfather_name", father, "father_name");
                sameName(principal, "family_name", father, "family_name");
            }
            for (Row sibling : members(household, "BROTHER", "SISTER")) {
                sameName(sibling, "father_name", principal, "father_name");
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void grandchildrenCarryThePrincipalsGivenNameAsGrandfather() {
        int checked = 0;
        for (List<Row> household : GeneratedPopulation.large().firstRegistrations()) {
            Row principal = household.get(0);
            for (Row grandchild : members(household, "GRANDCHILD")) {
                checked += sameName(grandchild, "grandfather_name", principal, "given_name");
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void eldestSonsAreOftenNamedAfterTheirGrandfather() {
        List<Row> sons = GeneratedPopulation.large().rows.stream()
                .filter(row -> row.get("relationship").equals("SON")
                        && row.has("given_name_ar")
                        && row.has("grandfather_name_ar"))
                .toList();
        long namedAfterGrandfather = sons.stream()
                .filter(son -> son.get("given_name_ar").equals(son.get("grandfather_name_ar")))
                .count();

        assertThat((double) namedAfterGrandfather / sons.size()).isBetween(0.08, 0.35);
    }

    @Test
    void wivesKeepTheirOwnFathersAndFamilyNames() {
        int wives = 0;
        int fatherNamedAsHusband = 0;
        int cousins = 0;
        for (List<Row> household : GeneratedPopulation.large().firstRegistrations()) {
            Row husband = household.get(0);
            for (Row wife : members(household, "SPOUSE")) {
                if (husband.get("sex").equals("M") && husband.has("family_name_ar") && wife.has("father_name_ar")) {
                    wives++;
                    fatherNamedAsHusband += wife.get("father_name_ar").equals(husband.get("given_name_ar")) ? 1 : 0;
                    cousins += wife.get("family_name_ar").equals(husband.get("family_name_ar")) ? 1 : 0;
                }
            }
        }
        assertThat(wives).isGreaterThan(10_000);
        // A wife's father shares her husband's name only by chance, as common names do.
        assertThat((double) fatherNamedAsHusband / wives).isLessThan(0.1);
        // Marriages between cousins share the family name; most wives carry another one.
        assertThat((double) cousins / wives).isBetween(0.1, 0.4);
    }

    private static List<Row> members(List<Row> household, String... relationships) {
        Predicate<Row> wanted = row -> List.of(relationships).contains(row.get("relationship"));
        return household.stream().filter(wanted).toList();
    }

    /** Asserts the two name parts agree in every script both rows record; answers 1 if any script was compared. */
    private static int sameName(Row row, String part, Row other, String otherPart) {
        int compared = 0;
        for (String script : SCRIPTS) {
            String value = row.get(part + script);
            String expected = other.get(otherPart + script);
            if (!value.isEmpty() && !expected.isEmpty()) {
                assertThat(value)
                        .as("%s of %s", part + script, row.get("individual_key"))
                        .isEqualTo(expected);
                compared = 1;
            }
        }
        return compared;
    }
}
