package org.homeward.movements;

import java.time.LocalDate;

/**
 * What a follow-up visit found.
 *
 * @param outcome     {@code AT_HOME}, {@code DISPLACED_AGAIN} or {@code NOT_FOUND}
 * @param displacedTo where a household displaced again is now (a P-code, or a town or area by its name), required then
 * @param reason      why it was displaced again (a {@link FollowUpDisplacementReason}), required then
 * @param note        anything else worth keeping (optional)
 * @param visitedOn   the day of the visit; today when not given
 */
public record FollowUpRequest(String outcome, String displacedTo, String reason, String note, LocalDate visitedOn) {}
