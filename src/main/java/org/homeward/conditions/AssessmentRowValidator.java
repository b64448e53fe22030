package org.homeward.conditions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.places.Place;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;

/**
 * Checks each row of an assessments file and turns the good ones into {@link Assessment}s, naming
 * the row, column and reason of everything wrong. Sub-districts must be known to the places
 * reference data; a community the reference data knows must lie in the row's sub-district.
 */
final class AssessmentRowValidator {

    private static final Pattern COMMUNITY = Pattern.compile("[A-Z]{1,3}[0-9]{1,10}");
    private static final Set<String> PRESENT = Set.of("1", "YES", "TRUE", "PRESENT", "Y", "نعم");
    private static final Set<String> ABSENT = Set.of("0", "NO", "FALSE", "ABSENT", "N", "لا");
    private static final int LONGEST_SOURCE = 120;

    private final IndicatorCatalogue catalogue;
    private final PlaceLookup places;
    private final LocalDate today;

    AssessmentRowValidator(IndicatorCatalogue catalogue, PlaceLookup places, LocalDate today) {
        this.catalogue = catalogue;
        this.places = places;
        this.today = today;
    }

    /** The row's assessment, or nothing when the row has problems, which are added to {@code problems}. */
    Optional<Assessment> check(AssessmentSheet sheet, AssessmentSheet.Row row, List<AssessmentImportProblem> problems) {
        RowProblems found = new RowProblems(row.number(), problems);
        String subdistrict = subdistrict(sheet.cell(row, AssessmentColumn.SUBDISTRICT_PCODE), found);
        String community = community(sheet.cell(row, AssessmentColumn.COMMUNITY_PCODE), subdistrict, found);
        String indicator = indicator(sheet.cell(row, AssessmentColumn.INDICATOR), found);
        BigDecimal value = indicator == null ? null : value(sheet.cell(row, AssessmentColumn.VALUE), indicator, found);
        String source = source(sheet.cell(row, AssessmentColumn.SOURCE_ORGANISATION), found);
        LocalDate assessedOn = date(sheet.cell(row, AssessmentColumn.ASSESSED_ON), found);
        AssessmentMethod method = choice(
                sheet.cell(row, AssessmentColumn.METHOD),
                AssessmentColumn.METHOD,
                AssessmentMethod.class,
                ConditionsProblemCode.ASSESSMENT_METHOD_UNKNOWN,
                found);
        Confidence confidence = choice(
                sheet.cell(row, AssessmentColumn.CONFIDENCE),
                AssessmentColumn.CONFIDENCE,
                Confidence.class,
                ConditionsProblemCode.ASSESSMENT_CONFIDENCE_UNKNOWN,
                found);
        if (found.any) {
            return Optional.empty();
        }
        return Optional.of(
                new Assessment(subdistrict, community, indicator, value, source, assessedOn, method, confidence));
    }

    private String subdistrict(String text, RowProblems found) {
        if (found.missing(text, AssessmentColumn.SUBDISTRICT_PCODE)) {
            return null;
        }
        String pcode = text.toUpperCase(Locale.ROOT);
        Optional<Place> place = places.area(pcode);
        if (place.isEmpty()) {
            found.add(
                    AssessmentColumn.SUBDISTRICT_PCODE,
                    ConditionsProblemCode.ASSESSMENT_PCODE_UNKNOWN,
                    "No sub-district has the P-code " + shown(text));
            return null;
        }
        if (place.get().level() != PlaceLevel.SUBDISTRICT) {
            found.add(
                    AssessmentColumn.SUBDISTRICT_PCODE,
                    ConditionsProblemCode.ASSESSMENT_NOT_SUBDISTRICT,
                    pcode + " is a " + place.get().level().name().toLowerCase(Locale.ROOT) + ", not a sub-district");
            return null;
        }
        return pcode;
    }

    private String community(String text, String subdistrict, RowProblems found) {
        if (text.isEmpty()) {
            return "";
        }
        String pcode = text.toUpperCase(Locale.ROOT);
        if (!COMMUNITY.matcher(pcode).matches()) {
            found.add(
                    AssessmentColumn.COMMUNITY_PCODE,
                    ConditionsProblemCode.ASSESSMENT_COMMUNITY_INVALID,
                    shown(text) + " is not a community P-code such as C1001");
            return null;
        }
        Optional<Place> place = places.area(pcode);
        if (place.isPresent()
                && subdistrict != null
                && !subdistrict.equals(place.get().parentPcode())) {
            found.add(
                    AssessmentColumn.COMMUNITY_PCODE,
                    ConditionsProblemCode.ASSESSMENT_COMMUNITY_ELSEWHERE,
                    pcode + " lies in " + place.get().parentPcode() + ", not in " + subdistrict);
            return null;
        }
        return pcode;
    }

    private String indicator(String text, RowProblems found) {
        if (found.missing(text, AssessmentColumn.INDICATOR)) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (catalogue.group(code).isEmpty()) {
            found.add(
                    AssessmentColumn.INDICATOR,
                    ConditionsProblemCode.ASSESSMENT_INDICATOR_UNKNOWN,
                    shown(text) + " is not a configured indicator");
            return null;
        }
        return code;
    }

    private BigDecimal value(String text, String indicator, RowProblems found) {
        if (found.missing(text, AssessmentColumn.VALUE)) {
            return null;
        }
        if (catalogue.isRedLine(indicator)) {
            String word = text.toUpperCase(Locale.ROOT);
            if (PRESENT.contains(word) || ABSENT.contains(word)) {
                return PRESENT.contains(word) ? BigDecimal.ONE : BigDecimal.ZERO;
            }
            found.add(
                    AssessmentColumn.VALUE,
                    ConditionsProblemCode.ASSESSMENT_RED_LINE_VALUE,
                    indicator + " is a red line: its value is yes or no, not " + shown(text));
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            if (number.signum() >= 0 && number.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return number.setScale(1, RoundingMode.HALF_UP);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        found.add(
                AssessmentColumn.VALUE,
                ConditionsProblemCode.ASSESSMENT_VALUE_OUT_OF_RANGE,
                indicator + " takes a number from 0 to 100, not " + shown(text));
        return null;
    }

    private String source(String text, RowProblems found) {
        if (found.missing(text, AssessmentColumn.SOURCE_ORGANISATION)) {
            return null;
        }
        if (text.length() > LONGEST_SOURCE || text.chars().anyMatch(Character::isISOControl)) {
            found.add(
                    AssessmentColumn.SOURCE_ORGANISATION,
                    ConditionsProblemCode.ASSESSMENT_SOURCE_INVALID,
                    "The organisation is at most " + LONGEST_SOURCE + " characters of text");
            return null;
        }
        return text;
    }

    private LocalDate date(String text, RowProblems found) {
        if (found.missing(text, AssessmentColumn.ASSESSED_ON)) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                found.add(
                        AssessmentColumn.ASSESSED_ON,
                        ConditionsProblemCode.ASSESSMENT_DATE_FUTURE,
                        text + " is after today");
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            found.add(
                    AssessmentColumn.ASSESSED_ON,
                    ConditionsProblemCode.ASSESSMENT_DATE_INVALID,
                    shown(text) + " is not a date written YYYY-MM-DD");
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(
            String text, AssessmentColumn column, Class<E> type, ConditionsProblemCode code, RowProblems found) {
        if (found.missing(text, column)) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name());
        }
        found.add(column, code, shown(text) + " is not one of " + String.join(", ", allowed));
        return null;
    }

    /** Quotes what the file said, cut short, so that a message never carries a whole cell of someone's text. */
    private static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return "\"" + cut + "\"";
    }

    /** The problems of one row as they are found. */
    private static final class RowProblems {
        private final int row;
        private final List<AssessmentImportProblem> problems;
        private boolean any;

        RowProblems(int row, List<AssessmentImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        void add(AssessmentColumn column, ConditionsProblemCode code, String message) {
            problems.add(new AssessmentImportProblem(row, column.header(), code, message));
            any = true;
        }

        boolean missing(String text, AssessmentColumn column) {
            if (text.isEmpty()) {
                add(column, ConditionsProblemCode.ASSESSMENT_VALUE_MISSING, "The " + column.header() + " is empty");
                return true;
            }
            return false;
        }
    }
}
