package org.homeward.reception;

/**
 * Ends a stay.
 *
 * @param outcome  where the household went: RETURNED_HOME (the journey then moves to RETURNED_HOME),
 *                 OTHER_ACCOMMODATION, LEFT_WITHOUT_NOTICE or OTHER
 * @param note     free text; required with OTHER
 */
record CheckOutRequest(String outcome, String note) {}
