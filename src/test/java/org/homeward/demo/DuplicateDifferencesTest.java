package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person's repeated registrations differ from the first only in the documented ways
 * (docs/demo-data.md), and every documented way occurs.
 */
class DuplicateDifferencesTest {

    /** The kinds of difference the test recognises between a first and a repeated registration. */
    enum Difference {
        OTHER_LATIN_SPELLING,
        NAME_IN_ONE_SCRIPT_ONLY,
        FATHER_NAME_MISSING,
        NAME_TYPO,
        BIRTH_DATE_LESS_PRECISE,
        BIRTH_DAY_MONTH_SWAPPED,
        DOCUMENT_NOT_RECORDED,
        PHONE_NOT_RECORDED,
        PHONE_WRITTEN_DIFFERENTLY,
        WIFE_HEADS_THE_REGISTRATION
    }

    private static final String[] NAME_PARTS = {"given_name", "father_name", "grandfather_name", "family_name"};
    private static final Map<String, Set<Set<String>>> SPELLINGS_BY_LATIN = new HashMap<>();
    private static final Map<Difference, Integer> SEEN = new EnumMap<>(Difference.class);
    private static int repeatedRows;
    private static int repeatedRowsWithPersonalDifference;

    @BeforeAll
    static void compareEveryRepeatedRegistration() {
        DemoNames names = DemoNames.load();
        Stream.of(names.maleGivenNames(), names.femaleGivenNames(), names.familyNames())
                .flatMap(list -> list.entries().stream())
                .forEach(entry -> {
                    Set<String> spellings = new HashSet<>();
                    entry.latinSpellings().forEach(spelling -> spellings.add(lower(spelling)));
                    spellings.forEach(spelling -> SPELLINGS_BY_LATIN
                            .computeIfAbsent(spelling, key -> new HashSet<>())
                            .add(spellings));
                });
        for (List<GeneratedPopulation.Row> rows :
                GeneratedPopulation.large().rowsByPerson().values()) {
            for (GeneratedPopulation.Row again : rows.subList(1, rows.size())) {
                compare(rows.get(0), again);
            }
        }
    }

    @Test
    void journeyAndPersonFactsStayTheSame() {
        for (List<GeneratedPopulation.Row> rows :
                GeneratedPopulation.large().rowsByPerson().values()) {
            GeneratedPopulation.Row first = rows.get(0);
            for (GeneratedPopulation.Row again : rows.subList(1, rows.size())) {
                for (String column : List.of(
                        "return_type",
                        "origin_country",
                        "origin_location",
                        "destination_pcode",
                        "journey_status",
                        "returned_on",
                        "sex",
                        "place_of_origin",
                        "specific_needs")) {
                    assertThat(again.get(column)).as(column).isEqualTo(first.get(column));
                }
                assertThat(again.get("crossing_point")).isIn(first.get("crossing_point"), "");
                assertThat(again.get("planned_date")).isIn(first.get("planned_date"), "");
            }
        }
    }

    @Test
    void everyDifferenceIsADocumentedOneAndEachOccurs() {
        assertThat(repeatedRows).isGreaterThan(10_000);
        assertThat(SEEN.keySet()).containsExactlyInAnyOrder(Difference.values());
    }

    @Test
    void eachDifferenceComesAtAboutItsDocumentedRate() {
        Map<Difference, Double> rates = new EnumMap<>(Difference.class);
        SEEN.forEach((difference, count) -> rates.put(difference, (double) count / repeatedRows));

        assertThat(rates.get(Difference.FATHER_NAME_MISSING)).as("%s", rates).isBetween(0.1, 0.25);
        assertThat(rates.get(Difference.NAME_TYPO)).as("%s", rates).isBetween(0.15, 0.35);
        assertThat(rates.get(Difference.BIRTH_DATE_LESS_PRECISE))
                .as("%s", rates)
                .isBetween(0.1, 0.35);
        assertThat(rates.get(Difference.BIRTH_DAY_MONTH_SWAPPED))
                .as("%s", rates)
                .isBetween(0.005, 0.04);
        assertThat(rates.get(Difference.OTHER_LATIN_SPELLING)).as("%s", rates).isGreaterThan(0.3);
        assertThat(rates.get(Difference.NAME_IN_ONE_SCRIPT_ONLY))
                .as("%s", rates)
                .isBetween(0.25, 0.65);
    }

    @Test
    void mostRepeatedRegistrationsWriteThePersonDifferently() {
        assertThat((double) repeatedRowsWithPersonalDifference / repeatedRows).isGreaterThan(0.5);
    }

    private static void compare(GeneratedPopulation.Row first, GeneratedPopulation.Row again) {
        repeatedRows++;
        Set<Difference> differences = new HashSet<>();
        for (String part : NAME_PARTS) {
            compareName(part, first, again, differences);
        }
        compareBirthDate(first.get("date_of_birth"), again.get("date_of_birth"), differences);
        comparePhone(first.get("phone"), again.get("phone"), differences);
        if (!first.get("document_number").equals(again.get("document_number"))) {
            assertThat(again.get("document_number")).as("document").isEmpty();
            differences.add(Difference.DOCUMENT_NOT_RECORDED);
        }
        assertThat(again.get("document_type")).isIn(first.get("document_type"), "");
        if (!first.get("relationship").equals(again.get("relationship"))) {
            assertThat(first.get("relationship")).isEqualTo("SPOUSE");
            assertThat(again.get("relationship")).isEqualTo("PRINCIPAL");
            differences.add(Difference.WIFE_HEADS_THE_REGISTRATION);
        }
        differences.forEach(difference -> SEEN.merge(difference, 1, Integer::sum));
        if (differences.stream().anyMatch(difference -> difference != Difference.WIFE_HEADS_THE_REGISTRATION)) {
            repeatedRowsWithPersonalDifference++;
        }
    }

    private static void compareName(
            String part, GeneratedPopulation.Row first, GeneratedPopulation.Row again, Set<Difference> differences) {
        String firstArabic = first.get(part + "_ar");
        String againArabic = again.get(part + "_ar");
        String firstLatin = first.get(part + "_latin");
        String againLatin = again.get(part + "_latin");
        boolean writtenBefore = !firstArabic.isEmpty() || !firstLatin.isEmpty();
        boolean writtenAgain = !againArabic.isEmpty() || !againLatin.isEmpty();
        if (writtenBefore && !writtenAgain) {
            assertThat(part)
                    .as("only the father's and grandfather's names go missing")
                    .isIn("father_name", "grandfather_name");
            if (part.equals("father_name")) {
                differences.add(Difference.FATHER_NAME_MISSING);
            }
            return;
        }
        if (!firstArabic.isEmpty() && !againArabic.isEmpty() && !firstArabic.equals(againArabic)) {
            assertThat(editDistance(firstArabic, againArabic))
                    .as("%s: %s / %s", part, firstArabic, againArabic)
                    .isLessThanOrEqualTo(2);
            differences.add(Difference.NAME_TYPO);
        }
        if (!firstLatin.isEmpty() && !againLatin.isEmpty() && !lower(firstLatin).equals(lower(againLatin))) {
            differences.add(latinDifference(part, firstLatin, againLatin));
        }
        if (firstArabic.isEmpty() != againArabic.isEmpty() || firstLatin.isEmpty() != againLatin.isEmpty()) {
            differences.add(Difference.NAME_IN_ONE_SCRIPT_ONLY);
        }
    }

    /** Another spelling of the same name, or within two typing slips of one. */
    private static Difference latinDifference(String part, String firstLatin, String againLatin) {
        Set<Set<String>> entries = SPELLINGS_BY_LATIN.get(lower(firstLatin));
        if (entries == null) {
            // The first registration itself carries a slip only if it is a repeated one; first ones are clean.
            throw new AssertionError(part + ": first registration spells an unknown name " + firstLatin);
        }
        if (entries.stream().anyMatch(spellings -> spellings.contains(lower(againLatin)))) {
            return Difference.OTHER_LATIN_SPELLING;
        }
        boolean slip = entries.stream()
                .flatMap(Set::stream)
                .anyMatch(spelling -> editDistance(spelling, lower(againLatin)) <= 2);
        assertThat(slip).as("%s: %s / %s", part, firstLatin, againLatin).isTrue();
        return Difference.NAME_TYPO;
    }

    /**
     * Same year always; then either one side is only a year or the YYYY-01-01 placeholder, or one
     * is a prefix of the other (given to the month), or day and month are swapped (possibly on
     * top of a date given only to the month).
     */
    private static void compareBirthDate(String first, String again, Set<Difference> differences) {
        if (first.equals(again) || first.isEmpty() || again.isEmpty()) {
            return;
        }
        assertThat(again.substring(0, 4)).as("birth year %s / %s", first, again).isEqualTo(first.substring(0, 4));
        if (yearOnly(first) || yearOnly(again)) {
            differences.add(Difference.BIRTH_DATE_LESS_PRECISE);
            return;
        }
        if (first.length() == 10 && again.length() == 10) {
            assertThat(again).as("day and month swapped").isEqualTo(swapped(first));
            differences.add(Difference.BIRTH_DAY_MONTH_SWAPPED);
            return;
        }
        String full = first.length() == 10 ? first : again;
        String month = first.length() == 10 ? again : first;
        if (full.startsWith(month)) {
            differences.add(Difference.BIRTH_DATE_LESS_PRECISE);
        } else {
            assertThat(swapped(full)).as("birth date %s / %s", first, again).startsWith(month);
            differences.add(Difference.BIRTH_DAY_MONTH_SWAPPED);
        }
    }

    private static boolean yearOnly(String date) {
        return date.length() == 4 || date.endsWith("-01-01");
    }

    private static String swapped(String date) {
        return date.substring(0, 5) + date.substring(8, 10) + "-" + date.substring(5, 7);
    }

    private static void comparePhone(String first, String again, Set<Difference> differences) {
        if (first.equals(again) || first.isEmpty()) {
            return;
        }
        if (again.isEmpty()) {
            differences.add(Difference.PHONE_NOT_RECORDED);
            return;
        }
        assertThat(PhoneNumberMakerTest.normalise(again)).isEqualTo(PhoneNumberMakerTest.normalise(first));
        differences.add(Difference.PHONE_WRITTEN_DIFFERENTLY);
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
