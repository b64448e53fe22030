package org.homeward.movements;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The departure check that every travelling adult, and every travelling child on their own, has
 * decided to return and said so again on the day. Red unless each has a current record (a child's
 * with a best-interests assessment that found return in their interest) and a re-confirmation for
 * this movement on the judged day; before the departure day it is red too, because the
 * re-confirmation is still due. No decision can turn it green: only the people themselves can.
 */
@Component
class VoluntarinessCheck implements DepartureCheck {

    static final String NAME = "voluntariness";
    private final VoluntarinessRecords records;

    VoluntarinessCheck(VoluntarinessRecords records) {
        this.records = records;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        Map<UUID, Integer> deciding = new java.util.LinkedHashMap<>();
        for (int index = 0; index < candidate.travellers().size(); index++) {
            Traveller traveller = candidate.travellers().get(index);
            if (traveller.travels() && (traveller.adult() || traveller.unaccompanied())) {
                deciding.put(traveller.individualId(), index + 1);
            }
        }
        if (deciding.isEmpty()) {
            return CheckVerdict.red(NAME, "voluntariness.check.nobody-deciding");
        }
        Map<UUID, VoluntarinessRecord> current = records.currentOf(deciding.keySet()).stream()
                .collect(Collectors.toMap(VoluntarinessRecord::individualId, Function.identity()));
        List<Integer> missing = positions(deciding, id -> !current.containsKey(id));
        if (!missing.isEmpty()) {
            return red("voluntariness.check.missing", missing);
        }
        List<Integer> notInInterest = positions(
                deciding,
                id -> current.get(id).basis().needsBestInterests()
                        && current.get(id).bestInterestsOutcome() != BestInterestsOutcome.RETURN_IN_BEST_INTERESTS);
        if (!notInInterest.isEmpty()) {
            return red("voluntariness.check.best-interests", notInInterest);
        }
        if (candidate.judgedOn().isBefore(candidate.departsOn())) {
            return CheckVerdict.red(
                    NAME,
                    "voluntariness.check.reconfirmation-due",
                    Integer.toString(deciding.size()),
                    candidate.departsOn().toString());
        }
        Set<UUID> reconfirmed = new HashSet<>(records.reconfirmed(
                candidate.movementId(),
                candidate.judgedOn(),
                current.values().stream().map(VoluntarinessRecord::id).toList()));
        List<Integer> notReconfirmed =
                positions(deciding, id -> !reconfirmed.contains(current.get(id).id()));
        if (!notReconfirmed.isEmpty()) {
            return red("voluntariness.check.not-reconfirmed", notReconfirmed);
        }
        return CheckVerdict.green(NAME, "voluntariness.check.confirmed", Integer.toString(deciding.size()));
    }

    private static List<Integer> positions(Map<UUID, Integer> deciding, java.util.function.Predicate<UUID> failing) {
        List<Integer> positions = new ArrayList<>();
        deciding.forEach((id, position) -> {
            if (failing.test(id)) {
                positions.add(position);
            }
        });
        return positions;
    }

    /** A red verdict naming how many and which positions in the household, never who. */
    private static CheckVerdict red(String key, List<Integer> positions) {
        return CheckVerdict.red(
                NAME,
                key,
                Integer.toString(positions.size()),
                positions.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
