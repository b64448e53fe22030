package org.homeward.linkage.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A compared pair explained: the prior, each field's contribution, the total match weight and
 * the probability that the two records are one person.
 */
public record ScoredPair(String leftId, String rightId, double prior, List<FieldContribution> contributions,
        boolean namesSwapped, double householdWeight) {

    /** Prior + field contributions + household evidence, in bits. */
    public double totalWeight() {
        double total = prior + householdWeight;
        for (FieldContribution contribution : contributions) {
            total += contribution.weight();
        }
        return total;
    }

    public double probability() {
        return LinkageModel.probability(totalWeight());
    }

    public FieldContribution contribution(LinkageField field) {
        return contributions.stream().filter(c -> c.field() == field).findFirst()
                .orElse(new FieldContribution(field, "", "", -1, 0));
    }

    /** One line a field, for a reviewer. */
    public String explain() {
        return String.format(Locale.ROOT, "%s ~ %s: total %+.2f (p=%.4f), prior %+.2f%s%s%n  ", leftId, rightId,
                totalWeight(), probability(), prior, namesSwapped ? ", given and family name swapped" : "",
                householdWeight != 0 ? String.format(Locale.ROOT, ", household %+.2f", householdWeight) : "")
                + contributions.stream().map(FieldContribution::toString).collect(Collectors.joining("\n  "));
    }
}
