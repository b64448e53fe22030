package org.homeward.reception;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.homeward.registry.SpecificNeed;

/**
 * The members of a household who check in: all of them, or the subset asked for (a partial
 * check-in, which needs a reason), and whether they need an accessible unit.
 */
record ArrivingMembers(List<UUID> ids, boolean needAccessibleUnit, boolean partial) {

    static final int MAX_REASON = 500;
    /** The specific needs that call for an accessible unit: disability (DS), needs accessible shelter (AS). */
    static final Set<SpecificNeed> NEEDS_ACCESSIBLE_UNIT =
            Set.of(SpecificNeed.DISABILITY, SpecificNeed.NEEDS_ACCESSIBLE_SHELTER);

    /** The members arriving, or the problems with the request. */
    static ArrivingMembers of(Household household, List<UUID> requested, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<UUID> chosen = new LinkedHashSet<>(requested);
        List<UUID> known = household.members().stream().map(Individual::id).toList();
        for (int i = 0; i < requested.size(); i++) {
            if (requested.get(i) == null || !known.contains(requested.get(i))) {
                problems.add(new FieldProblem(
                        "memberIds[" + i + "]",
                        ReceptionProblemCode.MEMBER_NOT_IN_HOUSEHOLD,
                        "This person is not a member of the household"));
            }
        }
        boolean partial = !chosen.isEmpty() && chosen.size() < known.size();
        if (partial && (reason == null || reason.isBlank())) {
            problems.add(new FieldProblem(
                    "reason", ReceptionProblemCode.PARTIAL_REASON_MISSING, "Say why only some members check in"));
        }
        if (reason != null && reason.length() > MAX_REASON) {
            problems.add(new FieldProblem(
                    "reason", CommonProblemCode.REASON_TOO_LONG, "A reason has at most " + MAX_REASON + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStayException(problems);
        }
        List<Individual> arriving = household.members().stream()
                .filter(member -> chosen.isEmpty() || chosen.contains(member.id()))
                .toList();
        boolean accessible = arriving.stream()
                .anyMatch(member -> member.specificNeeds().stream().anyMatch(NEEDS_ACCESSIBLE_UNIT::contains));
        return new ArrivingMembers(arriving.stream().map(Individual::id).toList(), accessible, partial);
    }

    Spaces spaces() {
        return Spaces.ofHousehold(ids.size(), needAccessibleUnit);
    }
}
