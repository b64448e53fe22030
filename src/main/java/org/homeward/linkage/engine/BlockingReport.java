package org.homeward.linkage.engine;

import java.util.List;
import java.util.Locale;

/**
 * What blocking did: candidate pairs per rule (each pair counted under the first rule that
 * found it), blocks left out for size, and the reduction ratio against comparing all pairs.
 */
public record BlockingReport(long records, long candidatePairs, long allPairs, List<Rule> rules) {

    /** One rule's share. */
    public record Rule(String name, long pairs, long oversizedBlocks) {}

    /** 1 − candidate pairs / all pairs. */
    public double reductionRatio() {
        return allPairs == 0 ? 0 : 1.0 - (double) candidatePairs / allPairs;
    }

    public String describe() {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%,d candidate pairs of %,d possible (reduction ratio %.6f)%n",
                candidatePairs,
                allPairs,
                reductionRatio()));
        for (Rule rule : rules) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %-28s %,12d pairs%s%n",
                    rule.name(),
                    rule.pairs(),
                    rule.oversizedBlocks() > 0
                            ? String.format(
                                    Locale.ROOT, " (%,d blocks too large, left to other rules)", rule.oversizedBlocks())
                            : ""));
        }
        return out.toString();
    }
}
