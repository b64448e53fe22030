package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;

/**
 * The published intention figures over a period, after small-cell protection: a hidden count is
 * null. Persons intending to return by country of asylum and month stated; households by country
 * of asylum and answer.
 *
 * @param threshold counts from 1 to threshold − 1 are hidden, with whatever would give them back
 */
record IntentionFigureTable(
        LocalDate from,
        LocalDate to,
        int threshold,
        List<String> months,
        List<Line> intending,
        List<Long> intendingByMonth,
        Long intendingTotal,
        List<IntentionAnswer> answers,
        List<Line> households,
        List<Long> householdsByAnswer,
        Long householdsTotal) {

    /** One country of asylum: its code, its name in the reader's language, its counts and their total. */
    record Line(String country, String name, List<Long> values, Long total) {}
}
