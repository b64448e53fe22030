package org.homeward.movements;

/**
 * Why a returned household was displaced again, as a documented code list (the same conditions a
 * household names when it says what it needs to return, with family reasons added).
 */
enum FollowUpDisplacementReason {
    SAFETY,
    HOUSING,
    SERVICES,
    LIVELIHOODS,
    DOCUMENTS,
    MILITARY_SERVICE,
    PROPERTY,
    FAMILY,
    OTHER
}
