package org.homeward.offline;

import org.homeward.access.AuditAction;

/** The actions offline registration records in the audit trail: devices, reserved references, outboxes and bundles. */
enum OfflineAuditAction implements AuditAction {
    REGISTER_OFFLINE_DEVICE,
    READ_OFFLINE_DEVICES,
    RESERVE_OFFLINE_REFERENCES,
    SYNC_OFFLINE_OUTBOX,
    UNLOCK_OFFLINE_OUTBOX,
    IMPORT_OFFLINE_BUNDLE,
    IMPORT_OFFLINE_BUNDLE_RECORD
}
