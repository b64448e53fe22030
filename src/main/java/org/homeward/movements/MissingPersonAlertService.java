package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' queue of persons missing on arrival: the alerts of the households they may see,
 * and their resolution with a note saying what became of the person.
 */
@Service
public class MissingPersonAlertService {

    static final int MAX_NOTE = 2000;
    private final MissingPersonAlerts alerts;
    private final BoardingManifest manifest;
    private final HouseholdQueries households;
    private final AuditTrail audit;
    private final Clock clock;

    MissingPersonAlertService(
            MissingPersonAlerts alerts,
            BoardingManifest manifest,
            HouseholdQueries households,
            AuditTrail audit,
            Clock clock) {
        this.alerts = alerts;
        this.manifest = manifest;
        this.households = households;
        this.audit = audit;
        this.clock = clock;
    }

    /** The alerts in a status ({@code OPEN}, {@code RESOLVED}, or every one when blank) that the caller may see. */
    @Transactional(readOnly = true)
    public List<MissingPersonLine> queue(String status) {
        String wanted =
                status == null || status.isBlank() ? null : status.trim().toUpperCase();
        if (wanted != null && !wanted.equals("OPEN") && !wanted.equals("RESOLVED")) {
            throw BoardingRefusedException.invalid(
                    "status", MovementsProblemCode.ALERT_STATUS_INVALID, "Choose OPEN or RESOLVED");
        }
        List<MissingPersonLine> lines = new ArrayList<>();
        for (MissingPersonAlert alert : alerts.list(wanted)) {
            line(alert).ifPresent(lines::add);
        }
        if (!lines.isEmpty()) {
            audit.record(new AuditEntry(
                    MovementAuditAction.READ_MISSING_PERSONS,
                    "movement",
                    null,
                    null,
                    Map.of(
                            "households",
                            lines.stream()
                                    .map(line -> line.alert().householdId().toString())
                                    .distinct()
                                    .toList())));
        }
        return lines;
    }

    /** Resolves an open alert with a note; the resolution is in the audit trail. */
    @Transactional
    public MissingPersonAlert resolve(String alertId, MissingPersonResolution resolution, String actor) {
        UUID id = BoardingIds.parse(alertId, MovementsProblemCode.ALERT_NOT_FOUND, "There is no such alert");
        MissingPersonAlert alert = alerts.lock(id)
                .filter(found -> line(found).isPresent())
                .orElseThrow(() -> BoardingRefusedException.notFound(
                        MovementsProblemCode.ALERT_NOT_FOUND, "There is no such alert"));
        String note = resolution == null || resolution.note() == null
                ? ""
                : resolution.note().trim();
        if (note.length() < 3 || note.length() > MAX_NOTE) {
            throw BoardingRefusedException.invalid(
                    "note",
                    MovementsProblemCode.ALERT_NOTE_MISSING,
                    "Say what became of the person (3 to " + MAX_NOTE + " characters)");
        }
        if (!"OPEN".equals(alert.status())) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.ALERT_ALREADY_RESOLVED, "This alert has been resolved already");
        }
        alerts.resolve(id, note, clock.instant(), actor);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.RESOLVE_MISSING_PERSON,
                "household",
                alert.householdId().toString(),
                note,
                Map.of("alert", id.toString(), "movement", alert.movementId().toString())));
        return alerts.lock(id).orElseThrow();
    }

    /** The alert with the person's name, or empty when the household is outside the caller's scope. */
    private Optional<MissingPersonLine> line(MissingPersonAlert alert) {
        Household household;
        try {
            household = households.find(alert.householdId());
        } catch (HouseholdNotFoundException outOfScope) {
            return Optional.empty();
        }
        Individual person = household.members().stream()
                .filter(member -> member.id().equals(alert.individualId()))
                .findFirst()
                .orElse(null);
        LocalDate departedOn = manifest.find(alert.movementId())
                .map(BoardingMovement::departsOn)
                .orElse(null);
        return Optional.of(new MissingPersonLine(
                alert,
                household.reference(),
                person == null ? null : person.displayNameArabic(),
                person == null ? null : person.displayNameLatin(),
                departedOn));
    }
}
