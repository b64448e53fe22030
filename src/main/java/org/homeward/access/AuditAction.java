package org.homeward.access;

/**
 * An action the audit trail records, such as {@code READ_HOUSEHOLD}: each feature names its own
 * actions in an enum that implements this, so that an action is a word of a known vocabulary and
 * never a string typed at the call site. The stored value is {@link #name()}.
 */
public interface AuditAction {

    /** The action as stored in the audit trail and shown to auditors, in upper case with underscores. */
    String name();
}
