package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflicts offline edits left, for supervisors: those of households in the caller's scope, and
 * the decision on one (keep their value, take the device's, or a corrected one), applied as a change
 * of the household when it changes anything and recorded in its history and the audit trail.
 */
@Service
class EditConflicts {

    static final int MAX_LISTED = 200;
    private final EditConflictRepository conflicts;
    private final HouseholdQueries households;
    private final HouseholdCommands commands;
    private final HouseholdHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    EditConflicts(
            EditConflictRepository conflicts,
            HouseholdQueries households,
            HouseholdCommands commands,
            HouseholdHistory history,
            AuditTrail audit,
            Clock clock) {
        this.conflicts = conflicts;
        this.households = households;
        this.commands = commands;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** One open conflict with its household and the member it is about, values masked where the household masks them. */
    public record OpenConflict(
            EditConflict conflict, String householdReference, String memberNameLatin, String memberNameArabic) {}

    /** The open conflicts of households in the caller's scope, oldest first; the read is audited with the households. */
    @Transactional(readOnly = true)
    public List<OpenConflict> open() {
        List<OpenConflict> shown = conflicts.open(MAX_LISTED).stream()
                .flatMap(conflict -> households.findInScope(conflict.householdId()).stream()
                        .map(household -> shown(conflict, household)))
                .toList();
        if (!shown.isEmpty()) {
            audit.record(new AuditEntry(
                    RegistryAuditAction.READ_EDIT_CONFLICTS,
                    "household",
                    null,
                    null,
                    Map.of(
                            "households",
                            shown.stream()
                                    .map(open -> open.conflict().householdId().toString())
                                    .distinct()
                                    .toList())));
        }
        return shown;
    }

    /** The open conflicts of one household in the caller's scope (for its page), values masked. */
    @Transactional(readOnly = true)
    public List<EditConflict> openOf(UUID householdId) {
        households.find(householdId);
        return conflicts.openOf(householdId).stream().map(EditConflict::masked).toList();
    }

    /**
     * Decides a conflict: THEIRS keeps the value the other side set, YOURS takes the device's, CORRECTED
     * takes {@code value}. The chosen value is written when it differs from the household's value now.
     */
    @Transactional
    public EditConflict resolve(long id, String choice, String value, String actor) {
        EditConflict conflict = conflicts.find(id).orElseThrow(() -> new HouseholdNotFoundException("conflict " + id));
        Household household = households.find(conflict.householdId());
        if (conflict.resolvedAt() != null) {
            throw problem("conflict", RegistryProblemCode.EDIT_CONFLICT_DECIDED, "This conflict was already decided");
        }
        String chosen = chosen(conflict, choice, value);
        String key = conflict.key();
        if (conflict.individualId() != null
                && household.members().stream().noneMatch(m -> m.id().equals(conflict.individualId()))) {
            throw problem(
                    "conflict",
                    RegistryProblemCode.EDIT_CONFLICT_MEMBER_GONE,
                    "The member this conflict is about was removed");
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("conflict", id);
        context.put("field", key);
        context.put("won", choice.trim().toUpperCase(java.util.Locale.ROOT));
        context.put("device", conflict.deviceId());
        context.put("clientId", conflict.clientId().toString());
        Instant now = clock.instant();
        if (Objects.equals(chosen, EditableFields.of(household).get(key))) {
            context.put(HistoryNote.CHANGES, Map.of());
            history.record(household.id(), now, actor, HouseholdEventType.EDIT_CONFLICT_RESOLVED, null, context);
        } else {
            commands.update(
                    household.id(),
                    EditableFields.withChanges(household, Map.of(key, chosen == null ? "" : chosen), null),
                    actor,
                    new HistoryNote(HouseholdEventType.EDIT_CONFLICT_RESOLVED, context));
        }
        if (!conflicts.resolve(id, context.get("won").toString(), chosen, actor, now)) {
            throw problem("conflict", RegistryProblemCode.EDIT_CONFLICT_DECIDED, "This conflict was already decided");
        }
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.RESOLVE_EDIT_CONFLICT,
                "household",
                household.id().toString(),
                null,
                Map.of("conflict", id, "field", key, "won", context.get("won"))));
        return conflicts.find(id).orElseThrow().masked();
    }

    private static String chosen(EditConflict conflict, String choice, String value) {
        String decided = choice == null ? "" : choice.trim().toUpperCase(java.util.Locale.ROOT);
        return switch (decided) {
            case "THEIRS" -> conflict.theirValue();
            case "YOURS" -> conflict.yourValue();
            case "CORRECTED" -> {
                if (value == null || value.isBlank() || value.length() > 500) {
                    throw problem(
                            "value",
                            RegistryProblemCode.EDIT_CONFLICT_VALUE_MISSING,
                            "Type the corrected value (at most 500 characters)");
                }
                yield value.trim();
            }
            default ->
                throw problem(
                        "choice",
                        RegistryProblemCode.EDIT_CONFLICT_CHOICE_INVALID,
                        "Choose THEIRS (keep the value now), YOURS (the device's) or CORRECTED (type one)");
        };
    }

    private static OpenConflict shown(EditConflict conflict, Household household) {
        Individual member = conflict.individualId() == null
                ? null
                : household.members().stream()
                        .filter(candidate -> candidate.id().equals(conflict.individualId()))
                        .findFirst()
                        .orElse(null);
        return new OpenConflict(
                conflict.masked(),
                household.reference(),
                member == null ? null : member.displayNameLatin(),
                member == null ? null : member.displayNameArabic());
    }

    private static InvalidHouseholdException problem(String field, RegistryProblemCode code, String message) {
        return new InvalidHouseholdException(List.of(new ValidationProblem(field, code, message)));
    }
}
