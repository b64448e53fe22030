package org.homeward.reception;

import org.homeward.access.AuditAction;

/**
 * The actions reception records in the audit trail: each step of a stay (named after its event in the
 * stay's history, see {@link StayEventType}), lists of a centre's people and looks at stays and arrivals.
 */
enum ReceptionAuditAction implements AuditAction {
    STAY_CHECKED_IN,
    STAY_CHECKED_OUT,
    STAY_TRANSFERRED_OUT,
    STAY_TRANSFERRED_IN,
    STAY_MEMBERS_JOINED,
    STAY_BOOKED,
    STAY_ARRIVED,
    STAY_BOOKING_RELEASED,
    LIST_RESIDENTS,
    LIST_BOOKINGS,
    LIST_EXPECTED,
    READ_STAY,
    READ_STAYS,
    READ_STAY_HISTORY,
    READ_ARRIVAL_MEMBERS,
    ARRIVAL_LOOKUP_NOT_FOUND,
    ARRIVAL_LOOKUP_REFUSED
}
