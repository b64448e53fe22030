package org.homeward.documentation;

import java.time.Instant;

/** One thing that happened to a referral: REFERRED, or an OUTCOME the partner reported, with who recorded it. */
record ReferralEvent(String kind, String outcome, String note, Instant occurredAt, String actor) {}
