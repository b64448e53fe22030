package org.homeward.documentation;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of documentation: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum DocumentationProblemCode implements ProblemCode {
    ASSIGNEE_OUT_OF_SCOPE,
    CASE_CHAIN_INCOMPLETE,
    CASE_NOT_FOUND,
    CASE_NOT_WORKING,
    CASE_REQUEST_INVALID,
    CASE_TRANSITION_NOT_ALLOWED,
    EVIDENCE_CASE_UNKNOWN,
    EVIDENCE_ERASED,
    EVIDENCE_FILE_EMPTY,
    EVIDENCE_INTEGRITY_FAILED,
    EVIDENCE_NOT_FOUND,
    EVIDENCE_STEP_UNKNOWN,
    EVIDENCE_STEP_WITHOUT_CASE,
    EVIDENCE_TITLE_INVALID,
    EVIDENCE_TOO_LARGE,
    EVIDENCE_TYPE_REFUSED,
    EVIDENCE_UNREADABLE,
    LOCKER_DOCUMENT_INVALID,
    PROPOSAL_ALREADY_DECIDED,
    PROPOSAL_NOT_FOUND,
    REFERRAL_CONSENT_MISSING,
    REFERRAL_NOT_FOUND,
    REFERRAL_PARTNER_NOT_CONSENTED,
    REFERRAL_PURPOSE_NOT_CONSENTED,
    REMINDER_NOT_OPEN
}
