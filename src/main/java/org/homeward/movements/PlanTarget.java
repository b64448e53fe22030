package org.homeward.movements;

/**
 * How many persons a return plan means to bring home from one country of asylum in one month,
 * optionally through one crossing.
 *
 * @param asylumCountry ISO 3166-1 alpha-3 code, e.g. {@code LBN}
 * @param month         the month as {@code YYYY-MM}
 * @param crossingCode  a crossing point code, or empty for any crossing
 * @param persons       the number of persons
 */
public record PlanTarget(String asylumCountry, String month, String crossingCode, Integer persons) {}
