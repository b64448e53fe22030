package org.homeward.access;

import java.util.Map;

/**
 * Something to record in the audit trail: an action (READ_HOUSEHOLD, SEARCH, REGISTER, EXPORT,
 * LOGIN, LOGIN_FAILED, ...), what it touched, why if a reason was asked, and details. Callers pass
 * their feature's {@link AuditAction}; the action is kept as the string stored, and
 * {@code AuditVocabularyTest} refuses a string typed at a call site.
 */
public record AuditEntry(
        String action, String targetType, String targetId, String reason, Map<String, Object> details) {

    public AuditEntry {
        details = details == null ? Map.of() : details;
    }

    /** An entry for one of a feature's typed actions. */
    public AuditEntry(
            AuditAction action, String targetType, String targetId, String reason, Map<String, Object> details) {
        this(action.name(), targetType, targetId, reason, details);
    }

    public static AuditEntry of(AuditAction action, String targetType, String targetId) {
        return new AuditEntry(action.name(), targetType, targetId, null, Map.of());
    }
}
