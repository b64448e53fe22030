package org.homeward.access;

/** The actions access control records in the audit trail: sign-ins, tokens, user accounts and reads of the trail itself. */
enum AccessAuditAction implements AuditAction {
    LOGIN,
    LOGIN_FAILED,
    TOKEN_ISSUED,
    LOOKUP_THROTTLED,
    USER_CREATED,
    USER_ENABLED,
    USER_DISABLED,
    USER_ROLE_CHANGED,
    USER_SCOPES_SET,
    PASSWORD_RESET,
    PASSWORD_RESET_ONE_TIME,
    PASSWORD_CHANGED,
    AUDIT_TRAIL_READ
}
