package org.homeward.allocation.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to allocate: the households waiting, the centres with their free room, and the weights.
 *
 * @param households households waiting for a place, with distinct ids
 * @param centres    centres, open or closed, with distinct ids
 * @param weights    the weights of the objective
 */
public record AllocationProblem(
        List<WaitingHousehold> households, List<CentreVacancy> centres, AllocationWeights weights) {

    public AllocationProblem {
        households = List.copyOf(households);
        centres = List.copyOf(centres);
        Objects.requireNonNull(weights, "weights");
        requireDistinct(households.stream().map(WaitingHousehold::id).toList(), "household");
        requireDistinct(centres.stream().map(CentreVacancy::id).toList(), "centre");
    }

    private static void requireDistinct(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(what + " id " + id + " appears more than once");
            }
        }
    }
}
