package org.homeward.reception;

/** What happened in a step of a stay, as its history stores it; each step is audited under its own action. */
enum StayEventType {
    CHECKED_IN(ReceptionAuditAction.STAY_CHECKED_IN),
    CHECKED_OUT(ReceptionAuditAction.STAY_CHECKED_OUT),
    TRANSFERRED_OUT(ReceptionAuditAction.STAY_TRANSFERRED_OUT),
    TRANSFERRED_IN(ReceptionAuditAction.STAY_TRANSFERRED_IN),
    MEMBERS_JOINED(ReceptionAuditAction.STAY_MEMBERS_JOINED),
    BOOKED(ReceptionAuditAction.STAY_BOOKED),
    ARRIVED(ReceptionAuditAction.STAY_ARRIVED),
    BOOKING_RELEASED(ReceptionAuditAction.STAY_BOOKING_RELEASED);

    private final ReceptionAuditAction audited;

    StayEventType(ReceptionAuditAction audited) {
        this.audited = audited;
    }

    ReceptionAuditAction audited() {
        return audited;
    }
}
