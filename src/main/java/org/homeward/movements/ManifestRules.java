package org.homeward.movements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.SpecificNeed;

/** What a household must be to go on a manifest, and the reasons its members stay behind. */
final class ManifestRules {

    /** The specific needs that need an accessible seat, as they need an accessible unit in reception. */
    static final Set<SpecificNeed> NEEDS_ACCESSIBLE_SEAT =
            Set.of(SpecificNeed.DISABILITY, SpecificNeed.NEEDS_ACCESSIBLE_SHELTER);

    static final int MIN_REASON = 3;
    static final int MAX_REASON = 500;

    private ManifestRules() {}

    static boolean needsAccessibleSeat(Individual member) {
        return member.specificNeeds().stream().anyMatch(NEEDS_ACCESSIBLE_SEAT::contains);
    }

    /** Refuses a household whose journey has already begun, ended or been withdrawn. */
    static void requireReady(Household household) {
        JourneyStatus status = household.journey().status();
        if (status != JourneyStatus.INTENDING && status != JourneyStatus.REGISTERED) {
            throw new MovementConflictException(
                    MovementsProblemCode.HOUSEHOLD_NOT_READY,
                    "Household " + household.reference() + " cannot be scheduled: its journey is " + status);
        }
        if (household.journey().destinationPcode() == null
                || household.journey().destinationPcode().isBlank()) {
            throw InvalidMovementRequestException.of(
                    MovementsProblemCode.MANIFEST_INVALID,
                    "reference",
                    CommonProblemCode.DESTINATION_MISSING,
                    "Household " + household.reference() + " has no destination: record it on the household first");
        }
    }

    /** The reason each staying member stays, by individual id; refuses unknown members, missing reasons and nobody travelling. */
    static Map<UUID, String> staying(Household household, List<AddHouseholdRequest.StayingMember> staying) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, String> reasons = new LinkedHashMap<>();
        Set<UUID> members =
                new HashSet<>(household.members().stream().map(Individual::id).toList());
        List<AddHouseholdRequest.StayingMember> given = staying == null ? List.of() : staying;
        for (int row = 0; row < given.size(); row++) {
            AddHouseholdRequest.StayingMember member = given.get(row);
            String field = "staying[" + row + "]";
            Optional<UUID> id = member == null ? Optional.empty() : memberId(household, member.individualId());
            if (id.isEmpty() || !members.contains(id.get())) {
                problems.add(new FieldProblem(
                        field + ".individualId",
                        CommonProblemCode.MEMBER_UNKNOWN,
                        "Row " + (row + 1) + ": not a member of household " + household.reference()));
                continue;
            }
            String reason = member.reason() == null ? "" : member.reason().strip();
            if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
                problems.add(new FieldProblem(
                        field + ".reason",
                        MovementsProblemCode.STAYS_REASON_MISSING,
                        "Row " + (row + 1) + ": a household travels together; say why this member stays behind ("
                                + MIN_REASON + " to " + MAX_REASON + " characters)"));
                continue;
            }
            if (reasons.put(id.get(), reason) != null) {
                problems.add(new FieldProblem(
                        field + ".individualId",
                        MovementsProblemCode.MEMBER_REPEATED,
                        "Row " + (row + 1) + ": this member is listed twice"));
            }
        }
        if (problems.isEmpty() && reasons.size() == members.size()) {
            problems.add(new FieldProblem(
                    "staying", MovementsProblemCode.NOBODY_TRAVELS, "At least one member must travel"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.MANIFEST_INVALID, problems);
        }
        return reasons;
    }

    /** A member named by id, or (from the page) by "position:N", N counting from 1 as the household page shows them. */
    private static Optional<UUID> memberId(Household household, String named) {
        if (named != null && named.startsWith("position:") && named.length() < 15) {
            try {
                int position = Integer.parseInt(named.substring("position:".length())) - 1;
                return household.members().stream()
                        .filter(member -> member.position() == position)
                        .map(Individual::id)
                        .findFirst();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return MovementIds.parse(named);
    }

    static String removalReason(RemoveHouseholdRequest request) {
        String reason = request.reason() == null || request.reason().isBlank()
                ? "REMOVED_BY_OFFICER"
                : request.reason().strip().toUpperCase(java.util.Locale.ROOT);
        List<FieldProblem> problems = new ArrayList<>();
        if (!reason.equals("REMOVED_BY_OFFICER") && !reason.equals("MOVED")) {
            problems.add(new FieldProblem(
                    "reason",
                    MovementsProblemCode.REMOVAL_REASON_INVALID,
                    "Use REMOVED_BY_OFFICER or MOVED (withdrawals are recorded with the person's voluntariness)"));
        }
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() < MIN_REASON || note.length() > MAX_REASON) {
            problems.add(new FieldProblem(
                    "note",
                    MovementsProblemCode.REMOVAL_NOTE_MISSING,
                    "Say why the household is taken off (" + MIN_REASON + " to " + MAX_REASON + " characters)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.MANIFEST_INVALID, problems);
        }
        return reason;
    }
}
