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

/**
 * The members who join a household's stay after a partial check-in, checked against the household
 * and the stay: each must belong to the household and not be staying already.
 */
record JoiningMembers(List<UUID> ids, boolean needAccessibleUnit) {

    static JoiningMembers of(Household household, Stay stay, JoinStayRequest request) {
        List<UUID> requested = request.memberIds();
        List<FieldProblem> problems = new ArrayList<>();
        if (requested.isEmpty()) {
            problems.add(new FieldProblem(
                    "memberIds", ReceptionProblemCode.MEMBERS_MISSING, "Choose the members who arrive"));
        }
        List<UUID> known = household.members().stream().map(Individual::id).toList();
        for (int i = 0; i < requested.size(); i++) {
            if (requested.get(i) == null || !known.contains(requested.get(i))) {
                problems.add(new FieldProblem(
                        "memberIds[" + i + "]",
                        ReceptionProblemCode.MEMBER_NOT_IN_HOUSEHOLD,
                        "This person is not a member of the household"));
            }
        }
        if (request.note() != null && request.note().length() > ArrivingMembers.MAX_REASON) {
            problems.add(new FieldProblem(
                    "note",
                    CommonProblemCode.REASON_TOO_LONG,
                    "A note has at most " + ArrivingMembers.MAX_REASON + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidStayException(problems);
        }
        List<FieldProblem> staying = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            if (stay.memberIds().contains(requested.get(i))) {
                staying.add(new FieldProblem(
                        "memberIds[" + i + "]",
                        ReceptionProblemCode.MEMBER_ALREADY_STAYING,
                        "This person is staying in the centre already"));
            }
        }
        if (!staying.isEmpty()) {
            throw new MemberAlreadyStayingException(staying);
        }
        Set<UUID> chosen = new LinkedHashSet<>(requested);
        List<Individual> joining = household.members().stream()
                .filter(member -> chosen.contains(member.id()))
                .toList();
        boolean accessible = joining.stream()
                .anyMatch(member ->
                        member.specificNeeds().stream().anyMatch(ArrivingMembers.NEEDS_ACCESSIBLE_UNIT::contains));
        return new JoiningMembers(joining.stream().map(Individual::id).toList(), accessible);
    }
}
