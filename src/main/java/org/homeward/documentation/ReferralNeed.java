package org.homeward.documentation;

/** What a household is referred to a partner for. */
enum ReferralNeed {
    LEGAL_AID,
    CIVIL_DOCUMENTATION,
    PROPERTY_CLAIM,
    PROTECTION,
    HEALTH,
    OTHER
}
