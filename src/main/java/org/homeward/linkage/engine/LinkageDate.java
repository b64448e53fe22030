package org.homeward.linkage.engine;

import java.util.Locale;

/**
 * A date of birth as far as it is known: year, month and day with a precision. "1 January" is
 * taken as a placeholder for a known year only, as registration systems write it.
 */
public record LinkageDate(int year, int month, int day, Precision precision) {

    /** How much of the date is known. */
    public enum Precision {
        DAY,
        MONTH,
        YEAR,
        UNKNOWN
    }

    public static final LinkageDate UNKNOWN = new LinkageDate(0, 0, 0, Precision.UNKNOWN);

    /** A date from its parts; month or day 0 means not known; 1 January means year only. */
    public static LinkageDate of(int year, int month, int day) {
        if (year <= 0) {
            return UNKNOWN;
        }
        if (month <= 0 || month > 12 && (day <= 0 || day > 12)) {
            return new LinkageDate(year, 0, 0, Precision.YEAR);
        }
        if (day <= 0) {
            return new LinkageDate(year, month, 0, Precision.MONTH);
        }
        if (month == 1 && day == 1) {
            return new LinkageDate(year, 0, 0, Precision.YEAR);
        }
        return new LinkageDate(year, month, day, Precision.DAY);
    }

    /**
     * Reads a date in a layout: {@code ISO} (YYYY, YYYY-MM or YYYY-MM-DD), or a pattern of
     * {@code yyyy}, {@code MM} and {@code dd} with any separators, e.g. {@code yyyyMMdd} or
     * {@code dd/MM/yyyy}. Blank or unreadable text is {@link #UNKNOWN}.
     */
    public static LinkageDate parse(String text, String layout) {
        if (text == null || text.isBlank()) {
            return UNKNOWN;
        }
        String value = toAsciiDigits(text.trim());
        if (layout == null || layout.equalsIgnoreCase("iso")) {
            return parseIso(value);
        }
        String pattern = layout.toLowerCase(Locale.ROOT);
        int yearAt = pattern.indexOf("yyyy");
        int monthAt = pattern.indexOf("mm");
        int dayAt = pattern.indexOf("dd");
        if (value.length() != pattern.length() || yearAt < 0) {
            return parseIso(value);
        }
        int year = number(value, yearAt, 4);
        int month = monthAt < 0 ? 0 : number(value, monthAt, 2);
        int day = dayAt < 0 ? 0 : number(value, dayAt, 2);
        return year < 0 ? UNKNOWN : of(year, Math.max(month, 0), Math.max(day, 0));
    }

    private static LinkageDate parseIso(String value) {
        String[] parts = value.split("[-/.]");
        int year = parts.length >= 1 && parts[0].length() == 4 ? number(parts[0], 0, 4) : -1;
        if (year < 0) {
            if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
                return of(number(value, 0, 4), number(value, 4, 2), number(value, 6, 2));
            }
            return UNKNOWN;
        }
        int month = parts.length >= 2 ? number(parts[1], 0, parts[1].length()) : 0;
        int day = parts.length >= 3 ? number(parts[2], 0, parts[2].length()) : 0;
        return of(year, Math.max(month, 0), Math.max(day, 0));
    }

    private static int number(String text, int from, int length) {
        if (length <= 0 || from + length > text.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String toAsciiDigits(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                result.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                result.append((char) ('0' + c - '\u06F0'));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    public boolean isKnown() {
        return precision != Precision.UNKNOWN;
    }

    @Override
    public String toString() {
        return switch (precision) {
            case UNKNOWN -> "";
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
