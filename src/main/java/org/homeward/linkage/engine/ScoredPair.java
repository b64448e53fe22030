package org.homeward.linkage.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A compared pair explained: the prior, each field's contribution, the total match weight, the
 * probability that the two records are one person, and how they are probably related if the names
 * say so ({@code kinshipCap} is what the ceiling on relatives took off the total, 0 or less).
 */
public record ScoredPair(
        String leftId,
        String rightId,
        double prior,
        List<FieldContribution> contributions,
        boolean namesSwapped,
        double householdWeight,
        Kinship kinship,
        double kinshipCap) {

    /** Prior + field contributions + household evidence (+ the relatives' ceiling), in bits. */
    public double totalWeight() {
        double total = prior + householdWeight + kinshipCap;
        for (FieldContribution contribution : contributions) {
            total += contribution.weight();
        }
        return total;
    }

    public double probability() {
        return LinkageModel.probability(totalWeight());
    }

    public FieldContribution contribution(LinkageField field) {
        return contributions.stream()
                .filter(c -> c.field() == field)
                .findFirst()
                .orElse(new FieldContribution(field, "", "", -1, 0));
    }

    /** One line a field, for a reviewer. */
    public String explain() {
        return String.format(
                        Locale.ROOT,
                        "%s ~ %s: total %+.2f (p=%.4f), prior %+.2f%s%s%s%n  ",
                        leftId,
                        rightId,
                        totalWeight(),
                        probability(),
                        prior,
                        namesSwapped ? ", given and family name swapped" : "",
                        householdWeight != 0 ? String.format(Locale.ROOT, ", household %+.2f", householdWeight) : "",
                        kinship != Kinship.NONE
                                ? String.format(Locale.ROOT, ", %s (ceiling %+.2f)", kinship, kinshipCap)
                                : "")
                + contributions.stream().map(FieldContribution::toString).collect(Collectors.joining("\n  "));
    }
}
