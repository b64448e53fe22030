package org.homeward.statistics;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks a published figure as entered, reporting every field at fault at once. */
@Component
class PublishedFigureValidator {

    private static final Pattern PCODE = Pattern.compile("SY\\d{2}(\\d{2}(\\d{2})?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final long LARGEST = 100_000_000L;
    private final Clock clock;

    PublishedFigureValidator(Clock clock) {
        this.clock = clock;
    }

    /** A figure whose every field has been checked. */
    record ValidFigure(
            FigureIndicator indicator,
            long value,
            LocalDate periodFrom,
            LocalDate periodTo,
            FigureArea areaType,
            String areaCode,
            String sourceOrganisation,
            LocalDate publishedOn,
            String citation,
            String link,
            String definitionNote) {}

    ValidFigure validate(PublishedFigureRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        FigureIndicator indicator = choice(request.indicator(), "indicator", FigureIndicator.class, problems);
        Long value = value(request.value(), problems);
        LocalDate from = date(request.periodFrom(), "periodFrom", problems);
        LocalDate to = date(request.periodTo(), "periodTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem(
                    "periodTo", StatisticsProblemCode.FIGURE_PERIOD_REVERSED, "The period ends before it starts"));
        }
        FigureArea areaType = choice(request.areaType(), "areaType", FigureArea.class, problems);
        String areaCode = areaCode(indicator, areaType, request.areaCode(), problems);
        String source = text(request.sourceOrganisation(), "sourceOrganisation", 300, true, problems);
        LocalDate publishedOn = date(request.publishedOn(), "publishedOn", problems);
        if (publishedOn != null && publishedOn.isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.add(new FieldProblem(
                    "publishedOn",
                    StatisticsProblemCode.FIGURE_PUBLISHED_IN_FUTURE,
                    "A figure is published today or earlier"));
        }
        String citation = text(request.citation(), "citation", 2000, true, problems);
        String link = link(request.link(), problems);
        String note = text(request.definitionNote(), "definitionNote", 4000, false, problems);
        if (!problems.isEmpty()) {
            throw PublishedFigureException.invalid(problems);
        }
        return new ValidFigure(
                indicator, value, from, to, areaType, areaCode, source, publishedOn, citation, link, note);
    }

    private static String areaCode(
            FigureIndicator indicator, FigureArea type, String text, List<FieldProblem> problems) {
        String code = text == null || text.isBlank() ? null : text.trim().toUpperCase(Locale.ROOT);
        if (type == FigureArea.NATIONAL && code != null) {
            problems.add(new FieldProblem(
                    "areaCode",
                    StatisticsProblemCode.FIGURE_AREA_CODE_NOT_EXPECTED,
                    "A national figure has no area code"));
        } else if (type == FigureArea.AREA
                && (code == null || !PCODE.matcher(code).matches())) {
            problems.add(new FieldProblem(
                    "areaCode",
                    StatisticsProblemCode.FIGURE_AREA_CODE_INVALID,
                    "Give the P-code of a governorate, district or sub-district, such as SY02"));
        } else if (type == FigureArea.COUNTRY
                && (code == null || !COUNTRY.matcher(code).matches())) {
            problems.add(new FieldProblem(
                    "areaCode",
                    StatisticsProblemCode.FIGURE_AREA_CODE_INVALID,
                    "Give the ISO 3166-1 alpha-3 code of the country of asylum, such as LBN"));
        } else if (type == FigureArea.COUNTRY
                && indicator != null
                && indicator != FigureIndicator.REFUGEE_RETURNS
                && indicator != FigureIndicator.REFUGEE_RETURN_INTENTIONS) {
            problems.add(new FieldProblem(
                    "areaType",
                    StatisticsProblemCode.FIGURE_COUNTRY_NOT_FOR_INDICATOR,
                    "Only refugee figures are given by country of asylum"));
        }
        return type == FigureArea.NATIONAL ? null : code;
    }

    private static Long value(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(
                    new FieldProblem("value", StatisticsProblemCode.FIGURE_VALUE_MISSING, "Give the published number"));
            return null;
        }
        try {
            // Published numbers come as "1,200,000", "1 200 000" or, in data files, "1.2e+06".
            long value = new BigDecimal(text.trim().replaceAll("[,\\s_]", "")).longValueExact();
            if (value >= 0 && value <= LARGEST) {
                return value;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        problems.add(new FieldProblem(
                "value", StatisticsProblemCode.FIGURE_VALUE_INVALID, "A whole number from 0 to 100,000,000"));
        return null;
    }

    private static <E extends Enum<E>> E choice(String text, String field, Class<E> type, List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(
                    field,
                    StatisticsProblemCode.FIELD_INVALID,
                    "Choose one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            problems.add(
                    new FieldProblem(field, StatisticsProblemCode.FIELD_DATE_INVALID, "A date written YYYY-MM-DD"));
            return null;
        }
    }

    private static String text(String text, String field, int longest, boolean required, List<FieldProblem> problems) {
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value == null && required) {
            problems.add(new FieldProblem(field, StatisticsProblemCode.FIELD_MISSING, "This field is required"));
        } else if (value != null && value.length() > longest) {
            problems.add(
                    new FieldProblem(field, CommonProblemCode.FIELD_TOO_LONG, "At most " + longest + " characters"));
        }
        return value;
    }

    private static String link(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            URI uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && value.length() <= 1000) {
                return value;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new FieldProblem(
                "link", StatisticsProblemCode.FIGURE_LINK_INVALID, "A web address starting with https:// or http://"));
        return null;
    }
}
