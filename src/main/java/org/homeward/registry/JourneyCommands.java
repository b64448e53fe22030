package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.problems.CommonProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the registry for journeys: moves a household's journey forward or withdraws it,
 * as a new version of the household with its history event and audit entry, and tells the features
 * that listen ({@link JourneyMoved}) inside the same transaction. Only households in the current
 * user's scope can be moved.
 */
@Service
public class JourneyCommands {

    private final HouseholdRepository households;
    private final HouseholdQueries queries;
    private final HouseholdHistory history;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final HouseholdVersions versions;

    JourneyCommands(
            HouseholdRepository households,
            HouseholdQueries queries,
            HouseholdHistory history,
            Clock clock,
            AuditTrail audit,
            ApplicationEventPublisher events,
            HouseholdVersions versions) {
        this.households = households;
        this.queries = queries;
        this.history = history;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.versions = versions;
    }

    /** Moves the journey as the command says, when the household is at the version seen and the move is allowed. */
    @Transactional
    public Household move(MoveJourney command, String actor) {
        UUID id = command.householdId();
        Household before = queries.find(id);
        JourneyStatus next = command.to();
        JourneyStatus current = before.journey().status();
        if (command.version() != before.version()) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        if (!current.canMoveTo(next)) {
            throw new JourneyTransitionException(current, next);
        }
        if (next == JourneyStatus.WITHDRAWN
                && (command.reason() == null || command.reason().isBlank())) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "reason", RegistryProblemCode.WITHDRAWAL_REASON_MISSING, "Say why the journey is withdrawn")));
        }
        if (command.reason() != null && command.reason().length() > 500) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "reason", CommonProblemCode.REASON_TOO_LONG, "A reason has at most 500 characters")));
        }
        Instant now = clock.instant();
        versions.keep(before);
        if (households.updateStatus(id, command.version(), next, now) == 0) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        String reason = blankToNull(command.reason());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", current.name());
        details.put("to", next.name());
        if (command.centreCode() != null) {
            details.put(HistoryForReader.CENTRE, command.centreCode());
        }
        history.record(id, now, actor, HouseholdEventType.JOURNEY_MOVED, reason, details);
        audit.recordWithChange(
                new AuditEntry(RegistryAuditAction.MOVE_JOURNEY, "household", id.toString(), reason, details));
        events.publishEvent(new JourneyMoved(id, current, next, reason, actor));
        return SensitiveFields.masked(queries.find(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
