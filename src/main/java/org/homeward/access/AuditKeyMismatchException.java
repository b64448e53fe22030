package org.homeward.access;

/**
 * Thrown instead of adding an audit entry when this process's audit key did not write the chain's
 * newest entry: another key wrote it, or the entry was changed since.
 */
class AuditKeyMismatchException extends IllegalStateException {

    AuditKeyMismatchException(long entryId) {
        super("Nothing can be audited, so nothing is done: the newest audit entry (" + entryId + ") was not written "
                + "with this process's audit key. Every Homeward process that uses this database needs the same key "
                + "(set HOMEWARD_AUDIT_KEY, or give each the same audit-key file); if the key is right, the entry was "
                + "altered: run 'homeward audit verify'.");
    }
}
