package org.homeward.registry;

import org.homeward.access.AuditAction;

/** The actions the registry records in the audit trail: reads, searches and changes of households, imports and exports, consent and data-subject requests. */
enum RegistryAuditAction implements AuditAction {
    REGISTER_HOUSEHOLD,
    UPDATE_HOUSEHOLD,
    MOVE_JOURNEY,
    REMOVE_MEMBER,
    READ_HOUSEHOLD,
    READ_HOUSEHOLD_HISTORY,
    REVEAL_SENSITIVE,
    SEARCH,
    LOOKUP_BY_DOCUMENT,
    SLIP_CODE_REFUSED,
    IMPORT,
    EXPORT,
    READ_CONSENT,
    RECORD_CONSENT,
    DATA_SUBJECT_REQUEST,
    DATA_SUBJECT_REQUEST_DONE,
    READ_DATA_SUBJECT_REQUESTS,
    OFFLINE_EDIT,
    READ_EDIT_CONFLICTS,
    RESOLVE_EDIT_CONFLICT
}
