package org.homeward.offline;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.homeward.access.CurrentAccess;
import org.homeward.offline.BundleImportReport.EditOutcome;
import org.homeward.offline.BundleImportReport.EditResult;
import org.homeward.offline.BundleOpener.BundleEdit;
import org.homeward.offline.OfflineDevices.Device;
import org.homeward.problems.ProblemException;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.OfflineEditOutcome;
import org.homeward.registry.OfflineEditRequest;
import org.homeward.registry.OfflineEdits;
import org.homeward.registry.ValidationProblem;
import org.springframework.stereotype.Component;

/**
 * Applies the edits of kept households a bundle carries exactly as a device's sync sends them: through the
 * registry's offline-edit service, field by field against the version each edit started from, so that a
 * field changed on both sides becomes a conflict for a supervisor and a resend (the bundle imported again,
 * or the device syncing the edit later) changes nothing. Each edit is written in its own transaction, in
 * the name of the device's officer, and only for a household that officer may see.
 */
@Component
class BundleEditImport {

    private final OfflineEdits edits;
    private final HouseholdQueries households;
    private final CurrentAccess access;

    BundleEditImport(OfflineEdits edits, HouseholdQueries households, CurrentAccess access) {
        this.edits = edits;
        this.households = households;
        this.access = access;
    }

    List<EditOutcome> apply(Device device, List<BundleEdit> carried) {
        if (carried.isEmpty()) {
            return List.of();
        }
        AccessScope officer = access.scopeOf(device.username());
        return carried.stream().map(edit -> apply(device, officer, edit)).toList();
    }

    private EditOutcome apply(Device device, AccessScope officer, BundleEdit edit) {
        if (edit == null || edit.clientId() == null || edit.householdId() == null) {
            return refused(
                    edit == null ? null : edit.clientId(),
                    null,
                    "OFFLINE_EDIT_ID_MISSING",
                    "clientId",
                    "The edit has no id or names no household");
        }
        Optional<Household> household = households
                .findInScope(edit.householdId())
                .filter(found ->
                        officer.covers(found.registrationSite(), found.journey().destinationPcode()));
        if (household.isEmpty()) {
            return refused(
                    edit.clientId(),
                    null,
                    "HOUSEHOLD_NOT_FOUND",
                    null,
                    "There is no such household, or the device's officer may not see it");
        }
        String reference = household.get().reference();
        boolean before = edits.received(edit.clientId());
        try {
            OfflineEditOutcome outcome = edits.submit(
                    edit.householdId(),
                    new OfflineEditRequest(
                            edit.clientId(),
                            device.deviceId().toString(),
                            edit.baseVersion(),
                            edit.household(),
                            edit.members()),
                    device.username());
            return outcome(outcome, reference, before);
        } catch (ProblemException problem) {
            return problem.fieldProblems().stream()
                    .findFirst()
                    .map(first ->
                            refused(edit.clientId(), reference, first.code().name(), first.field(), first.message()))
                    .orElseGet(() ->
                            refused(edit.clientId(), reference, problem.code().name(), null, problem.getMessage()));
        }
    }

    private static EditOutcome outcome(OfflineEditOutcome outcome, String reference, boolean before) {
        if (outcome.state() == OfflineEditOutcome.State.REFUSED) {
            ValidationProblem first = outcome.problems().isEmpty()
                    ? new ValidationProblem(null, OfflineProblemCode.OFFLINE_EDIT_REFUSED, "The edit was refused")
                    : outcome.problems().get(0);
            return refused(outcome.clientId(), reference, first.code().name(), first.field(), first.message());
        }
        EditResult result = before
                ? EditResult.ALREADY_RECEIVED
                : EditResult.valueOf(outcome.state().name());
        return new EditOutcome(
                outcome.clientId(),
                result,
                reference,
                outcome.appliedFields().size(),
                outcome.conflicts().size(),
                null,
                null,
                null);
    }

    private static EditOutcome refused(UUID clientId, String reference, String code, String field, String message) {
        return new EditOutcome(clientId, EditResult.REFUSED, reference, 0, 0, code, field, message);
    }
}
