package org.homeward.movements;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemKind;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The protection review queue: the coercion signals waiting for a coordinator, and their review.
 * A signal is shown to a coordinator when at least one household it concerns is in their scope,
 * and names only those households; reading the queue is audited with the households it showed.
 */
@Service
public class ProtectionReviewQueue {

    static final int MAX_SHOWN = 200;
    static final int MAX_NOTE = 2000;
    private final JdbcClient jdbc;
    private final HouseholdQueries households;
    private final VoluntarinessMessages messages;
    private final Clock clock;
    private final CurrentAccess access;
    private final AuditTrail audit;

    ProtectionReviewQueue(
            JdbcClient jdbc,
            HouseholdQueries households,
            VoluntarinessMessages messages,
            Clock clock,
            CurrentAccess access,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.households = households;
        this.messages = messages;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    /** The signals the caller may see, waiting ones first then the newest reviewed. */
    public List<CoercionSignal> signals(boolean includeReviewed) {
        List<CoercionSignal> found = jdbc.sql("""
                        SELECT * FROM coercion_signal WHERE reviewed_at IS NULL OR :reviewed
                        ORDER BY reviewed_at IS NOT NULL, raised_at DESC, id DESC LIMIT :limit""")
                .param("reviewed", includeReviewed)
                .param("limit", MAX_SHOWN)
                .query(ProtectionReviewQueue::read)
                .list();
        List<CoercionSignal> shown = new ArrayList<>();
        for (CoercionSignal signal : found) {
            List<String> references = visibleReferences(signal.householdIds());
            if (!references.isEmpty()) {
                shown.add(signal.withReferences(references));
            }
        }
        if (!shown.isEmpty()) {
            audit.record(new AuditEntry(
                    MovementAuditAction.READ_PROTECTION_QUEUE,
                    "household",
                    null,
                    null,
                    Map.of(
                            "households",
                            shown.stream()
                                    .flatMap(signal -> signal.householdIds().stream())
                                    .map(UUID::toString)
                                    .distinct()
                                    .toList())));
        }
        return shown;
    }

    /** Records what the coordinator found; a signal is reviewed once, and the review is kept. */
    @Transactional
    public CoercionSignal review(long signalId, ProtectionReviewRequest request) {
        find(signalId);
        ProtectionReviewOutcome outcome;
        try {
            outcome = ProtectionReviewOutcome.valueOf(
                    request == null || request.outcome() == null
                            ? ""
                            : request.outcome().trim());
        } catch (IllegalArgumentException unknown) {
            throw messages.invalid(List.of(messages.field("outcome", MovementsProblemCode.REVIEW_OUTCOME_INVALID)));
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        if (note != null && note.length() > MAX_NOTE) {
            throw messages.invalid(List.of(messages.field("note", CommonProblemCode.FIELD_TOO_LONG, MAX_NOTE)));
        }
        int changed = jdbc.sql("""
                        UPDATE coercion_signal SET review_outcome = :outcome, review_note = :note, reviewed_by = :by,
                            reviewed_at = :at
                        WHERE id = :id AND reviewed_at IS NULL""")
                .param("outcome", outcome.name())
                .param("note", note)
                .param("by", access.actor())
                .param("at", Timestamp.from(clock.instant()))
                .param("id", signalId)
                .update();
        if (changed == 0) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.SIGNAL_ALREADY_REVIEWED);
        }
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.REVIEW_COERCION_SIGNAL,
                "coercion_signal",
                Long.toString(signalId),
                null,
                Map.of("outcome", outcome.name())));
        return find(signalId);
    }

    /** Records the review of a signal named as typed in a path; a malformed id is no signal. */
    @Transactional
    public CoercionSignal review(String signalId, ProtectionReviewRequest request) {
        long id;
        try {
            id = Long.parseLong(signalId);
        } catch (NumberFormatException notAnId) {
            throw messages.refused(ProblemKind.NOT_FOUND, MovementsProblemCode.SIGNAL_NOT_FOUND);
        }
        return review(id, request);
    }

    private CoercionSignal find(long signalId) {
        CoercionSignal signal = jdbc.sql("SELECT * FROM coercion_signal WHERE id = :id")
                .param("id", signalId)
                .query(ProtectionReviewQueue::read)
                .optional()
                .orElseThrow(() -> messages.refused(ProblemKind.NOT_FOUND, MovementsProblemCode.SIGNAL_NOT_FOUND));
        List<String> references = visibleReferences(signal.householdIds());
        if (references.isEmpty()) {
            throw messages.refused(ProblemKind.NOT_FOUND, MovementsProblemCode.SIGNAL_NOT_FOUND);
        }
        return signal.withReferences(references);
    }

    private List<String> visibleReferences(List<UUID> householdIds) {
        List<String> references = new ArrayList<>();
        for (UUID id : householdIds) {
            try {
                references.add(households.find(id).reference());
            } catch (HouseholdNotFoundException outOfScope) {
                // another area's household: neither named nor counted for this reader
            }
        }
        return references;
    }

    private static CoercionSignal read(ResultSet rs, int row) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        String outcome = rs.getString("review_outcome");
        return new CoercionSignal(
                rs.getLong("id"),
                CoercionSignalKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                uuids(rs.getArray("record_ids")),
                uuids(rs.getArray("household_ids")),
                List.of(),
                rs.getTimestamp("raised_at").toInstant(),
                outcome == null ? null : ProtectionReviewOutcome.valueOf(outcome),
                rs.getString("review_note"),
                rs.getString("reviewed_by"),
                reviewedAt == null ? null : reviewedAt.toInstant());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray())
                .map(value -> (UUID) value)
                .toList();
    }
}
