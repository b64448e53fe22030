package org.homeward.documentation;

import java.util.UUID;

/**
 * A referral as asked for: the partner organisation (as named in the household's consent), what
 * for (LEGAL_AID, CIVIL_DOCUMENTATION, PROPERTY_CLAIM, PROTECTION, HEALTH, OTHER), the case it
 * belongs to if any, and a note for the partner.
 */
record ReferralRequest(String partner, String need, UUID caseId, String note) {}
