package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairwise precision, recall and F1 of a linkage result against the truth (a person key per
 * record), with blocking recall and the wrong pairs for a breakdown of the remaining errors.
 */
record LinkageEvaluation(
        long truePairs,
        long foundPairs,
        long correctPairs,
        long blockedTruePairs,
        List<int[]> falsePositives,
        List<int[]> falseNegatives) {

    static LinkageEvaluation of(LinkageResult result, Function<String, String> personOf) {
        return ofIndices(result, i -> personOf.apply(result.record(i).id()));
    }

    /** The same, with the true person given by the record's position in the run. */
    static LinkageEvaluation ofIndices(LinkageResult result, java.util.function.IntFunction<String> personOf) {
        int n = result.recordCount();
        Map<String, List<Integer>> persons = new HashMap<>();
        Map<Integer, List<Integer>> clusters = new HashMap<>();
        String[] person = new String[n];
        for (int i = 0; i < n; i++) {
            person[i] = personOf.apply(i);
            persons.computeIfAbsent(person[i], p -> new ArrayList<>()).add(i);
            clusters.computeIfAbsent(result.clusterOf(i), c -> new ArrayList<>())
                    .add(i);
        }
        long truePairs = 0;
        long blocked = 0;
        List<int[]> falseNegatives = new ArrayList<>();
        for (List<Integer> members : persons.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int i = members.get(x);
                    int j = members.get(y);
                    if (linkable(result, i, j)) {
                        truePairs++;
                        if (result.isCandidate(i, j)) {
                            blocked++;
                        }
                        if (result.clusterOf(i) != result.clusterOf(j)) {
                            falseNegatives.add(new int[] {i, j});
                        }
                    }
                }
            }
        }
        long found = 0;
        long correct = 0;
        List<int[]> falsePositives = new ArrayList<>();
        for (List<Integer> members : clusters.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    int i = members.get(x);
                    int j = members.get(y);
                    if (!linkable(result, i, j)) {
                        continue;
                    }
                    found++;
                    if (person[i].equals(person[j])) {
                        correct++;
                    } else {
                        falsePositives.add(new int[] {i, j});
                    }
                }
            }
        }
        return new LinkageEvaluation(truePairs, found, correct, blocked, falsePositives, falseNegatives);
    }

    /** When linking sources, only pairs across sources count. */
    private static boolean linkable(LinkageResult result, int i, int j) {
        String a = result.record(i).source();
        String b = result.record(j).source();
        return !result.linksSources() || a == null || !a.equals(b);
    }

    double precision() {
        return foundPairs == 0 ? 1 : (double) correctPairs / foundPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double blockingRecall() {
        return truePairs == 0 ? 1 : (double) blockedTruePairs / truePairs;
    }

    String summary(String name) {
        return String.format(
                Locale.ROOT,
                "%s: precision %.4f, recall %.4f, F1 %.4f; blocking recall %.4f "
                        + "(%,d of %,d true pairs are candidates); %,d false positive and %,d false negative pairs",
                name,
                precision(),
                recall(),
                f1(),
                blockingRecall(),
                blockedTruePairs,
                truePairs,
                falsePositives.size(),
                falseNegatives.size());
    }

    /** A few wrong pairs explained, for reading what is left. */
    String examples(LinkageResult result, int limit) {
        PairScorer scorer = new PairScorer(result.model());
        StringBuilder out = new StringBuilder();
        for (List<int[]> errors : List.of(falsePositives, falseNegatives)) {
            out.append(errors == falsePositives ? "False positives:\n" : "False negatives:\n");
            errors.stream()
                    .limit(limit)
                    .forEach(pair -> out.append("  ")
                            .append(scorer.score(result.record(pair[0]), result.record(pair[1]))
                                    .explain()
                                    .replace("\n", "\n  "))
                            .append(result.isCandidate(pair[0], pair[1]) ? "" : "\n  (not a candidate pair)")
                            .append('\n'));
        }
        return out.toString();
    }
}
