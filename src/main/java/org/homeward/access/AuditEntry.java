package org.homeward.access;

import java.util.Map;

/**
 * Something to record in the audit trail: an action (READ_HOUSEHOLD, SEARCH, REGISTER, EXPORT,
 * LOGIN, LOGIN_FAILED, ...), what it touched, why if a reason was asked, and details. Callers pass
 * their feature's {@link AuditAction}; the canonical constructor and {@link #of(String, String, String)}
 * take the action as a string only for {@code StayService} and {@code HouseholdService}, until those
 * two are split into commands and queries ({@code AuditVocabularyTest} refuses strings elsewhere).
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

    /** An entry with its action as a string: it remains only for the two hub services (see above). */
    public static AuditEntry of(String action, String targetType, String targetId) {
        return new AuditEntry(action, targetType, targetId, null, Map.of());
    }

    public static AuditEntry of(AuditAction action, String targetType, String targetId) {
        return new AuditEntry(action.name(), targetType, targetId, null, Map.of());
    }
}
