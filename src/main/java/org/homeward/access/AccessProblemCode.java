package org.homeward.access;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of access: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
enum AccessProblemCode implements ProblemCode {
    ACCOUNT_LOCKED,
    CONTENT_TYPE_REQUIRED,
    CROSS_SITE_REQUEST_REFUSED,
    CSRF_TOKEN_INVALID,
    CURRENT_PASSWORD_WRONG,
    FORM_CONTENT_TYPE_REFUSED,
    LAST_ADMINISTRATOR,
    LOGIN_BUSY,
    LOGIN_THROTTLED,
    LOOKUP_THROTTLED,
    OWN_PASSWORD,
    PASSWORDS_DIFFER,
    PASSWORD_CHANGE_REQUIRED,
    PASSWORD_CONTAINS_USERNAME,
    PASSWORD_TOO_LONG,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_WEAK,
    PASSWORD_UNCHANGED,
    ROLE_UNKNOWN,
    SCOPE_UNKNOWN,
    TOKEN_CANNOT_ISSUE_TOKEN,
    TOKEN_INVALID,
    USER_UNKNOWN
}
