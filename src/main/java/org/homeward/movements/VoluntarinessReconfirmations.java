package org.homeward.movements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.problems.ProblemKind;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, on a movement's departure day, that a person still wants to go. It must be asked by a
 * different officer than the one who recorded their form, so that one person's pressure, or one
 * person's mistake, is not confirmed by the same person; and only on the day itself, in Syria's
 * time, because a decision confirmed days before is not the decision on the day.
 */
@Service
public class VoluntarinessReconfirmations {

    private final HouseholdQueries households;
    private final VoluntarinessRecords records;
    private final VoluntarinessMovements movements;
    private final VoluntarinessMessages messages;
    private final VoluntarinessProperties properties;
    private final Clock clock;
    private final CurrentAccess access;
    private final AuditTrail audit;

    VoluntarinessReconfirmations(
            HouseholdQueries households,
            VoluntarinessRecords records,
            VoluntarinessMovements movements,
            VoluntarinessMessages messages,
            VoluntarinessProperties properties,
            Clock clock,
            CurrentAccess access,
            AuditTrail audit) {
        this.households = households;
        this.records = records;
        this.movements = movements;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public VoluntarinessReconfirmation reconfirm(
            UUID householdId, UUID individualId, ReconfirmVoluntarinessRequest request) {
        Household household = households.find(householdId);
        if (household.members().stream().noneMatch(member -> member.id().equals(individualId))) {
            throw messages.refused(ProblemKind.NOT_FOUND, MovementsProblemCode.MEMBER_NOT_FOUND);
        }
        UUID movementId = movementId(request);
        VoluntarinessMovements.MovementDay movement = movements
                .find(movementId)
                .orElseThrow(() -> messages.refused(ProblemKind.NOT_FOUND, MovementsProblemCode.MOVEMENT_NOT_FOUND));
        if (!"PLANNED".equals(movement.status())) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.MOVEMENT_NOT_PLANNED);
        }
        if (!movements.travels(movementId, householdId, individualId)) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.NOT_ON_MOVEMENT);
        }
        LocalDate today = properties.today(clock);
        if (!today.equals(movement.departsOn())) {
            throw messages.refused(
                    ProblemKind.CONFLICT,
                    MovementsProblemCode.NOT_DEPARTURE_DAY,
                    movement.departsOn().toString());
        }
        VoluntarinessRecord record = records.current(individualId)
                .orElseThrow(() -> messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.NOT_RECORDED));
        String officer = access.actor();
        if (officer.equalsIgnoreCase(record.recordedBy())) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.SAME_OFFICER);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (records.reconfirm(record.id(), movementId, individualId, today, now, officer)) {
            audit.recordWithChange(new AuditEntry(
                    MovementAuditAction.RECONFIRM_VOLUNTARINESS,
                    "household",
                    householdId.toString(),
                    null,
                    Map.of(
                            "individual",
                            individualId.toString(),
                            "record",
                            record.id().toString(),
                            "movement",
                            movementId.toString())));
        }
        return records.reconfirmationsOf(householdId).stream()
                .filter(kept -> kept.recordId().equals(record.id())
                        && kept.movementId().equals(movementId)
                        && kept.reconfirmedOn().equals(today))
                .findFirst()
                .orElseThrow();
    }

    private UUID movementId(ReconfirmVoluntarinessRequest request) {
        try {
            return UUID.fromString(
                    request == null || request.movementId() == null
                            ? ""
                            : request.movementId().trim());
        } catch (IllegalArgumentException notAnId) {
            throw messages.invalid(List.of(messages.field("movementId", MovementsProblemCode.MOVEMENT_ID_INVALID)));
        }
    }
}
