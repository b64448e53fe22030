package org.homeward.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth with its precision. Stored as the first day of the known period: "1985" is
 * 1985-01-01 with precision YEAR.
 */
public record BirthDate(LocalDate date, DatePrecision precision) {

    public static final BirthDate UNKNOWN = new BirthDate(null, DatePrecision.UNKNOWN);
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD"; blank means unknown; anything else is empty. */
    public static Optional<BirthDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(UNKNOWN);
        }
        Matcher matcher = SHAPE.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return Optional.of(new BirthDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR));
            }
            int month = Integer.parseInt(matcher.group(2));
            if (matcher.group(3) == null) {
                return Optional.of(new BirthDate(LocalDate.of(year, month, 1), DatePrecision.MONTH));
            }
            return Optional.of(new BirthDate(LocalDate.parse(text.trim()), DatePrecision.DAY));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The date as written in the interchange layout, as precise as it is known. */
    public String format() {
        return switch (precision) {
            case UNKNOWN -> "";
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }

    /** Whether the earliest day the date could mean lies after today. */
    public boolean isAfter(LocalDate today) {
        return date != null && date.isAfter(today);
    }
}
