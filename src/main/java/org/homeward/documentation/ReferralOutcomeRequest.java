package org.homeward.documentation;

/** The partner's answer to a referral, as recorded: ACCEPTED, DECLINED, SERVICE_PROVIDED, HOUSEHOLD_UNREACHABLE or CLOSED. */
record ReferralOutcomeRequest(String outcome, String note) {}
