package org.homeward.linkage.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common each name is, by its consonant skeleton (so "Mohammad" and "محمد" count together):
 * agreeing on a common name is weak evidence, on a rare one strong. Values seen once are not
 * stored; they take the frequency of one record.
 */
final class TermFrequencies {

    private final Map<String, Double> frequencies;
    private final double unseen;
    private final double agreement;

    TermFrequencies(Map<String, Double> frequencies, double unseen, double agreement) {
        this.frequencies = frequencies;
        this.unseen = unseen;
        this.agreement = agreement;
    }

    static TermFrequencies count(List<StandardRecord> records, int link) {
        Map<String, Integer> counts = new HashMap<>();
        int known = 0;
        for (StandardRecord record : records) {
            String skeleton = record.name(link).skeleton();
            if (!skeleton.isEmpty()) {
                counts.merge(skeleton, 1, Integer::sum);
                known++;
            }
        }
        Map<String, Double> frequencies = new HashMap<>();
        double agreement = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            double frequency = (double) entry.getValue() / Math.max(known, 1);
            agreement += frequency * frequency;
            if (entry.getValue() >= 2) {
                frequencies.put(entry.getKey(), frequency);
            }
        }
        return new TermFrequencies(frequencies, 1.0 / Math.max(known, 1), Math.max(agreement, 1e-9));
    }

    /** The share of records carrying this name. */
    public double frequency(String skeleton) {
        return frequencies.getOrDefault(skeleton, unseen);
    }

    /** The chance that two random records agree on this field: the mean frequency of agreement. */
    public double agreement() {
        return agreement;
    }

    double unseen() {
        return unseen;
    }

    Map<String, Double> frequencies() {
        return frequencies;
    }
}
