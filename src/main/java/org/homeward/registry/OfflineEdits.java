package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.OfflineEditOutcome.Conflict;
import org.homeward.registry.OfflineEditOutcome.State;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges an edit made offline into a household that may have changed meanwhile, field by field
 * against the version the edit started from: a field only the device changed is applied, a field
 * only the other side changed is kept, and a field both changed (or any changed field when the base
 * version is no longer known) becomes a conflict for a supervisor. The last write never wins.
 */
@Service
public class OfflineEdits {

    private final HouseholdQueries households;
    private final HouseholdCommands commands;
    private final HouseholdVersions versions;
    private final EditConflictRepository conflicts;
    private final HouseholdHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    OfflineEdits(
            HouseholdQueries households,
            HouseholdCommands commands,
            HouseholdVersions versions,
            EditConflictRepository conflicts,
            HouseholdHistory history,
            AuditTrail audit,
            Clock clock) {
        this.households = households;
        this.commands = commands;
        this.versions = versions;
        this.conflicts = conflicts;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether an edit with this id was received before (a resend of it changes nothing and answers as before). */
    @Transactional(readOnly = true)
    public boolean received(UUID clientId) {
        return clientId != null && conflicts.received(clientId).isPresent();
    }

    /** Applies what can be applied, keeps the rest as conflicts, and answers the same again for a resend. */
    @Transactional
    public OfflineEditOutcome submit(UUID householdId, OfflineEditRequest request, String actor) {
        // Scope first: outside it the household does not exist, whatever the edit looks like.
        Household current = households.find(householdId);
        Map<String, String> yours = OfflineEditFields.flatten(request);
        Optional<EditConflictRepository.ReceivedEdit> earlier = conflicts.received(request.clientId());
        if (earlier.isPresent()) {
            return resent(householdId, earlier.get(), actor);
        }
        Instant now = clock.instant();
        conflicts.receive(householdId, request, actor, now);
        List<String> gone = yours.keySet().stream()
                .map(EditableFields::memberOf)
                .filter(Objects::nonNull)
                .distinct()
                .filter(member -> current.members().stream()
                        .noneMatch(stored -> stored.id().equals(member)))
                .map(UUID::toString)
                .toList();
        if (!gone.isEmpty()) {
            return refused(householdId, request, current, gone, actor);
        }
        Map<String, String> theirs = EditableFields.of(current);
        Optional<Map<String, String>> base = versions.at(current, request.baseVersion());
        Map<String, String> applied = new LinkedHashMap<>();
        List<Conflict> opened = new ArrayList<>();
        for (var sent : yours.entrySet()) {
            String key = sent.getKey();
            String your = sent.getValue();
            String their = theirs.get(key);
            if (same(key, your, their)) {
                continue;
            }
            if (base.isPresent() && same(key, your, base.get().get(key))) {
                continue;
            }
            if (base.isPresent() && Objects.equals(their, base.get().get(key))) {
                applied.put(key, your);
                continue;
            }
            String baseValue = base.map(fields -> fields.get(key)).orElse(null);
            long id = conflicts.open(householdId, request, key, base.isPresent(), baseValue, their, your, actor, now);
            opened.add(new Conflict(
                    id,
                    key,
                    base.isPresent(),
                    EditableFields.masked(key, baseValue),
                    EditableFields.masked(key, their),
                    EditableFields.masked(key, your)));
        }
        long version = apply(current, request, applied, actor);
        if (!opened.isEmpty()) {
            Map<String, Object> details = context(request);
            details.put("fields", opened.stream().map(Conflict::field).toList());
            history.record(householdId, now, actor, HouseholdEventType.EDIT_CONFLICT_OPENED, null, details);
        }
        State state = opened.isEmpty()
                ? State.APPLIED
                : applied.isEmpty() ? State.CONFLICT : State.PARTLY_APPLIED_WITH_CONFLICTS;
        OfflineEditOutcome outcome = new OfflineEditOutcome(
                request.clientId(), state, List.copyOf(applied.keySet()), opened, List.of(), version);
        conflicts.answer(request.clientId(), outcome);
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.OFFLINE_EDIT,
                "household",
                householdId.toString(),
                null,
                Map.of(
                        "state",
                        state.name(),
                        "applied",
                        applied.size(),
                        "conflicts",
                        opened.size(),
                        "device",
                        request.deviceId())));
        return outcome;
    }

    /** The fields applied as one update, recorded with the device and the edit's id; answers the version after. */
    private long apply(Household current, OfflineEditRequest request, Map<String, String> applied, String actor) {
        if (applied.isEmpty()) {
            return current.version();
        }
        UpdateHouseholdRequest update = EditableFields.withChanges(current, applied, null);
        return commands.update(
                        current.id(), update, actor, new HistoryNote(HouseholdEventType.OFFLINE_EDIT, context(request)))
                .version();
    }

    private OfflineEditOutcome resent(UUID householdId, EditConflictRepository.ReceivedEdit earlier, String actor) {
        if (!earlier.householdId().equals(householdId) || !earlier.submittedBy().equals(actor)) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "clientId",
                    RegistryProblemCode.OFFLINE_EDIT_ID_TAKEN,
                    "This edit id was already used for another edit; give each edit a new id")));
        }
        return earlier.outcome();
    }

    /** An edit naming members no longer in the household is applied in no part: it was made about other people. */
    private OfflineEditOutcome refused(
            UUID householdId, OfflineEditRequest request, Household current, List<String> gone, String actor) {
        List<ValidationProblem> problems = gone.stream()
                .map(member -> new ValidationProblem(
                        "members." + member,
                        RegistryProblemCode.OFFLINE_EDIT_MEMBER_GONE,
                        "This member is no longer in the household; nothing of the edit was applied"))
                .toList();
        OfflineEditOutcome outcome = new OfflineEditOutcome(
                request.clientId(), State.REFUSED, List.of(), List.of(), problems, current.version());
        conflicts.answer(request.clientId(), outcome);
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.OFFLINE_EDIT,
                "household",
                householdId.toString(),
                null,
                Map.of("state", State.REFUSED.name(), "device", request.deviceId())));
        return outcome;
    }

    /** Equal as stored, or the masked form of the stored value sent back untouched. */
    private static boolean same(String key, String sent, String stored) {
        return Objects.equals(sent, stored) || EditableFields.maskOf(key, sent, stored);
    }

    private static Map<String, Object> context(OfflineEditRequest request) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("device", request.deviceId());
        context.put("clientId", request.clientId().toString());
        return context;
    }
}
