/**
 * The movement scheduler: a plain-Java engine that proposes one week's movements for a return plan,
 * packing the households that are ready into the week's vehicles — whole households, accessible seats
 * for whoever needs one, within the plan's monthly targets, earliest intention first — and saying why
 * each household left over did not fit. It imports nothing from Spring, JDBC or the web. Entry point:
 * {@link org.homeward.movements.scheduling.MovementScheduler}; the rules are in docs/movements.md.
 */
package org.homeward.movements.scheduling;
