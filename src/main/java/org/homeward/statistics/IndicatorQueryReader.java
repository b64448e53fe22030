package org.homeward.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.registry.ReturnType;

/**
 * Reads a statistics query from request parameters ({@code stage, type, from, to, area, country,
 * rows, columns, unit, counting}), checking every one and reporting all problems at once.
 */
final class IndicatorQueryReader {

    /** Before the first returns anyone counted; the default start of a period. */
    public static final LocalDate EARLIEST = LocalDate.of(2011, 1, 1);

    private static final Pattern AREA = Pattern.compile("SY\\d{2}(\\d{2}(\\d{2})?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();

    private IndicatorQueryReader(LocalDate today) {
        this.today = today;
    }

    /** The query the parameters ask for; throws {@link IndicatorQueryException} naming each bad parameter. */
    public static IndicatorQuery read(Map<String, String> parameters, LocalDate today) {
        return new IndicatorQueryReader(today).query(parameters);
    }

    private IndicatorQuery query(Map<String, String> parameters) {
        ReturnStage stage = choice(parameters, "stage", ReturnStage.RETURNED, text -> ReturnStage.valueOf(upper(text)));
        ReturnType type = choice(
                parameters, "type", null, text -> "ALL".equals(upper(text)) ? null : ReturnType.valueOf(upper(text)));
        LocalDate from = choice(parameters, "from", EARLIEST, LocalDate::parse);
        LocalDate to = choice(parameters, "to", today, LocalDate::parse);
        String area = pattern(parameters, "area", AREA, "a governorate, district or sub-district P-code such as SY02");
        String country = pattern(parameters, "country", COUNTRY, "an ISO 3166-1 alpha-3 code such as LBN");
        TableDimension rows = choice(
                parameters, "rows", null, text -> TableDimension.parse(text).orElseThrow());
        TableDimension columns = choice(
                parameters, "columns", null, text -> TableDimension.parse(text).orElseThrow());
        CountUnit unit = choice(parameters, "unit", CountUnit.INDIVIDUALS, text -> CountUnit.valueOf(upper(text)));
        Counting counting = choice(parameters, "counting", Counting.REGISTRATIONS, IndicatorQueryReader::counting);
        checkPeriod(from, to);
        checkTable(rows, columns, country);
        if (unit == CountUnit.HOUSEHOLDS && counting == Counting.PERSONS) {
            problems.add(new FieldProblem(
                    "counting",
                    StatisticsProblemCode.STATISTICS_COUNTING_NOT_FOR_HOUSEHOLDS,
                    "Households are counted as registrations; deduplicated persons apply to individuals"));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorQueryException(problems);
        }
        return new IndicatorQuery(stage, type, from, to, area, country, rows, columns, unit, counting);
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            problems.add(new FieldProblem(
                    "from", StatisticsProblemCode.STATISTICS_PERIOD_REVERSED, "The period starts after it ends"));
        }
        if (from != null && from.isBefore(LocalDate.of(1990, 1, 1))) {
            problems.add(new FieldProblem(
                    "from", StatisticsProblemCode.STATISTICS_PERIOD_TOO_EARLY, "Periods start in 1990 or later"));
        }
        if (to != null && to.isAfter(today.plusYears(5))) {
            problems.add(new FieldProblem(
                    "to",
                    StatisticsProblemCode.STATISTICS_PERIOD_TOO_LATE,
                    "Periods end at most five years from today"));
        }
    }

    private void checkTable(TableDimension rows, TableDimension columns, String country) {
        if (columns != null && rows == null) {
            problems.add(new FieldProblem(
                    "columns", StatisticsProblemCode.STATISTICS_COLUMNS_WITHOUT_ROWS, "Choose rows before columns"));
        }
        if (rows != null && rows == columns) {
            problems.add(new FieldProblem(
                    "columns", StatisticsProblemCode.STATISTICS_SAME_DIMENSION_TWICE, "Rows and columns must differ"));
        }
        if (rows != null && columns != null && rows.isTime() && columns.isTime()) {
            problems.add(new FieldProblem(
                    "columns", StatisticsProblemCode.STATISTICS_TWO_PERIODS, "Choose one period dimension"));
        }
        List<TableDimension.Breakdown> breakdowns = new ArrayList<>();
        for (TableDimension dimension : new TableDimension[] {rows, columns}) {
            if (dimension != null && dimension.breakdown() != TableDimension.Breakdown.TOTAL) {
                breakdowns.add(dimension.breakdown());
            }
        }
        if (country != null) {
            breakdowns.add(TableDimension.Breakdown.COUNTRY);
        }
        if (breakdowns.stream().distinct().count() > 1) {
            problems.add(new FieldProblem(
                    country != null ? "country" : "columns",
                    StatisticsProblemCode.STATISTICS_BREAKDOWN_UNSUPPORTED,
                    "Country of asylum, crossing point and sex or age cannot be combined with each other; combine one of"
                            + " them with periods, areas or return type"));
        }
    }

    private <T> T choice(Map<String, String> parameters, String name, T fallback, Function<String, T> parse) {
        String text = parameters.get(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(text.trim());
        } catch (IllegalArgumentException | DateTimeParseException | java.util.NoSuchElementException e) {
            problems.add(new FieldProblem(
                    name, CommonProblemCode.PARAMETER_INVALID, "'" + shorten(text) + "' is not a valid " + name));
            return fallback;
        }
    }

    private String pattern(Map<String, String> parameters, String name, Pattern pattern, String expected) {
        String text = parameters.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = upper(text.trim());
        if (!pattern.matcher(value).matches()) {
            problems.add(new FieldProblem(
                    name, CommonProblemCode.PARAMETER_INVALID, "'" + shorten(text) + "' is not " + expected));
            return null;
        }
        return value;
    }

    private static Counting counting(String text) {
        String value = upper(text).replace(' ', '_');
        return "DEDUPLICATED_PERSONS".equals(value) ? Counting.PERSONS : Counting.valueOf(value);
    }

    private static String upper(String text) {
        return text.trim().toUpperCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
