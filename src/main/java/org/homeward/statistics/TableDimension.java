package org.homeward.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the rows or columns of a statistics table are: periods, places, or groups of people. */
public enum TableDimension {
    DAY("day", Breakdown.TOTAL, 0),
    WEEK("week", Breakdown.TOTAL, 0),
    MONTH("month", Breakdown.TOTAL, 0),
    YEAR("year", Breakdown.TOTAL, 0),
    ADM1("adm1", Breakdown.TOTAL, 1),
    ADM2("adm2", Breakdown.TOTAL, 2),
    ADM3("adm3", Breakdown.TOTAL, 3),
    RETURN_TYPE("type", Breakdown.TOTAL, 0),
    COUNTRY("country", Breakdown.COUNTRY, 0),
    CROSSING("crossing", Breakdown.CROSSING, 0),
    SEX("sex", Breakdown.SEX_AGE, 0),
    AGE_GROUP("age", Breakdown.SEX_AGE, 0);

    /** The summary's breakdowns: which single grouping of people besides time, place and return type a row carries. */
    enum Breakdown {
        TOTAL("total"),
        COUNTRY("country"),
        CROSSING("crossing"),
        SEX_AGE("sex_age");

        final String column;

        Breakdown(String column) {
            this.column = column;
        }
    }

    private final String parameter;
    private final Breakdown breakdown;
    private final int areaLevel;

    TableDimension(String parameter, Breakdown breakdown, int areaLevel) {
        this.parameter = parameter;
        this.breakdown = breakdown;
        this.areaLevel = areaLevel;
    }

    /** The name used in URLs and on the command line: day, week, month, year, adm1, adm2, adm3, type, country, crossing, sex, age. */
    public String parameter() {
        return parameter;
    }

    Breakdown breakdown() {
        return breakdown;
    }

    int areaLevel() {
        return areaLevel;
    }

    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH || this == YEAR;
    }

    public boolean isArea() {
        return areaLevel > 0;
    }

    public static Optional<TableDimension> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(value -> value.parameter.equals(name) || value.name().equalsIgnoreCase(name))
                .findFirst();
    }
}
