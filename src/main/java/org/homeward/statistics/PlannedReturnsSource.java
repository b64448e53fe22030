package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Where statistics get return plans' planned and actual movements from: implemented by the
 * movements feature as a Spring bean. Until one exists, planned against actual is not published.
 */
public interface PlannedReturnsSource {

    /**
     * One line per plan, country of asylum, crossing point and ISO week, for the weeks that overlap
     * the period, in that order.
     */
    List<Line> lines(LocalDate from, LocalDate to);

    /**
     * Persons planned and counted in one cell.
     *
     * @param plan          the plan's name
     * @param asylumCountry ISO 3166-1 alpha-3 code, or empty when not known
     * @param crossingCode  a crossing point code, or empty for a target set for any crossing
     * @param week          the ISO week, such as {@code 2027-W05}
     * @param planned       persons the plan's targets put in the week (a month's target spread over its days)
     * @param scheduled     persons on the manifests of movements departing in the week
     * @param boarded       persons who boarded them
     * @param arrived       persons who arrived
     */
    record Line(
            String plan,
            String asylumCountry,
            String crossingCode,
            String week,
            long planned,
            long scheduled,
            long boarded,
            long arrived) {}
}
