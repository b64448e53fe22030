package org.homeward.demo;

import java.time.LocalDate;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes a date of birth as a registration records it. Most are full dates; people who know only
 * their birth year are written as the year or, often, as the placeholder YYYY-01-01; a few full
 * dates are given to the month or year only; a few are not known at all.
 */
final class BirthDateWriting {

    private BirthDateWriting() {}

    static String write(
            DemoPerson person, LocalDate registeredOn, Set<DuplicateVariation> variations, RandomGenerator random) {
        LocalDate born = person.birthDate();
        if (variations.contains(DuplicateVariation.BIRTH_DAY_MONTH_SWAPPED) && swappable(born, registeredOn)) {
            return swapped(born).toString();
        }
        double draw = random.nextDouble();
        if (variations.contains(DuplicateVariation.BIRTH_YEAR_ONLY) || !person.birthDayKnown()) {
            return draw < 0.55 ? placeholder(born) : year(born);
        }
        if (draw < 0.008) {
            return null;
        }
        if (draw < 0.93) {
            return born.toString();
        }
        return draw < 0.97 ? born.toString().substring(0, 7) : year(born);
    }

    /** Whether swapping day and month gives another real date, not after the registration. */
    static boolean swappable(LocalDate date, LocalDate registeredOn) {
        return date.getDayOfMonth() <= 12
                && date.getDayOfMonth() != date.getMonthValue()
                && !swapped(date).isAfter(registeredOn);
    }

    private static LocalDate swapped(LocalDate date) {
        return LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }

    private static String placeholder(LocalDate born) {
        return year(born) + "-01-01";
    }

    private static String year(LocalDate born) {
        return Integer.toString(born.getYear());
    }
}
