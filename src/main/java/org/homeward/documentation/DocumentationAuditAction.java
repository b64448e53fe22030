package org.homeward.documentation;

import org.homeward.access.AuditAction;

/** The actions civil documentation records in the audit trail: cases, proposals, referrals, the property locker and evidence files. */
enum DocumentationAuditAction implements AuditAction {
    OPEN_DOCUMENTATION_CASE,
    READ_DOCUMENTATION_CASE,
    READ_DOCUMENTATION_CASE_HISTORY,
    LIST_DOCUMENTATION_CASES,
    LIST_DOCUMENTATION_DEADLINES,
    LIST_CASE_PROPOSALS,
    DISMISS_CASE_PROPOSAL,
    REFERRAL_MADE,
    REFERRAL_OUTCOME,
    REFERRAL_REFUSED,
    READ_REFERRAL,
    READ_REFERRALS,
    PROPERTY_LOCKER_READ,
    EVIDENCE_ADDED,
    EVIDENCE_LISTED,
    EVIDENCE_VIEWED,
    EVIDENCE_DOWNLOADED,
    EVIDENCE_INTEGRITY_FAILED,
    EVIDENCE_ERASED,
    EVIDENCE_REENCRYPTED
}
