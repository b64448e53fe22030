package org.homeward.registry;

/** What happened to a household, as its history stores it and its page names it ({@code event.*} labels). */
enum HouseholdEventType {
    REGISTERED,
    IMPORTED,
    DUPLICATE_CONFIRMED,
    UPDATED,
    JOURNEY_MOVED,
    MEMBER_REMOVED,
    MEMBER_ERASED,
    CONSENT_RECORDED,
    OFFLINE_EDIT,
    EDIT_CONFLICT_OPENED,
    EDIT_CONFLICT_RESOLVED
}
