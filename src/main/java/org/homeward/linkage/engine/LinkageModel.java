package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The estimated Fellegi–Sunter model: for each field and agreement level the chance m of that
 * level among pairs of one person and u among pairs of two persons, the share λ of candidate
 * pairs that are one person, and the name frequencies. Written to and read from a plain text form
 * ({@link #toText()}, {@link #parse(String)}) so the product can keep it.
 */
public final class LinkageModel {

    static final double FLOOR = 1e-6;
    private static final double MAXIMUM_ADJUSTMENT = 6.0;

    private final double lambda;
    private final double candidateLambda;
    private final double[][] m;
    private final double[][] u;
    private final TermFrequencies[] frequencies;
    private final double[][] weights;

    LinkageModel(double lambda, double candidateLambda, double[][] m, double[][] u, TermFrequencies[] frequencies) {
        this.lambda = lambda;
        this.candidateLambda = candidateLambda;
        this.m = m;
        this.u = u;
        this.frequencies = frequencies;
        this.weights = new double[m.length][];
        for (int f = 0; f < m.length; f++) {
            if (m[f] == null) {
                continue;
            }
            weights[f] = new double[m[f].length];
            for (int l = 0; l < m[f].length; l++) {
                weights[f][l] = log2(Math.max(m[f][l], FLOOR) / Math.max(u[f][l], FLOOR));
            }
        }
    }

    /** Built-in m of each level (lowest level first), for inputs too small to estimate from. */
    private static final double[][] BUILT_IN_M = {
        {0.03, 0.07, 0.2, 0.7}, {0.03, 0.07, 0.2, 0.7}, {0.03, 0.07, 0.2, 0.7}, {0.03, 0.07, 0.2, 0.7},
        {0.02, 0.98}, {0.01, 0.02, 0.05, 0.12, 0.05, 0.75}, {0.05, 0.1, 0.85}, {0.05, 0.05, 0.9},
        {0.05, 0.05, 0.9}, {0.1, 0.2, 0.4, 0.3}
    };
    /** Built-in u: the chance of each level between two persons' records in a registry. */
    private static final double[][] BUILT_IN_U = {
        {0.96, 0.02, 0.01, 0.01}, {0.94, 0.02, 0.02, 0.02}, {0.94, 0.02, 0.02, 0.02}, {0.97, 0.01, 0.01, 0.01},
        {0.5, 0.5}, {0.9235, 0.06, 0.0005, 0.015, 0.001, 0.00005}, {0.88, 0.1, 0.02}, {0.99999, 0.00001, 0.000001},
        {0.99999, 0.00001, 0.000001}, {0.98, 0.02, 0.001, 0.0001}
    };
    /** The share of records assumed to be duplicates when the model is built in. */
    private static final double BUILT_IN_DUPLICATE_SHARE = 0.1;

    /**
     * The built-in model for inputs too small for EM (fewer than a thousand records): fixed m and
     * u of registries, λ from one record in ten being a duplicate, name frequencies from the data.
     */
    static LinkageModel builtIn(boolean[] present, int records, long allPairs, TermFrequencies[] frequencies) {
        double[][] m = new double[BUILT_IN_M.length][];
        double[][] u = new double[BUILT_IN_U.length][];
        for (int f = 0; f < m.length; f++) {
            if (present[f]) {
                m[f] = BUILT_IN_M[f].clone();
                u[f] = BUILT_IN_U[f].clone();
            }
        }
        double lambda = Math.min(0.5, Math.max(1.0, BUILT_IN_DUPLICATE_SHARE * records) / Math.max(allPairs, 2));
        return new LinkageModel(lambda, Double.NaN, m, u, frequencies);
    }

    /**
     * The built-in model for a registry too young to estimate from (fewer than a thousand records):
     * every field a registry holds (all but the address), no name frequencies.
     */
    public static LinkageModel forYoungRegistry(int records) {
        boolean[] present = new boolean[LinkageField.ALL.length];
        java.util.Arrays.fill(present, true);
        present[LinkageField.ADDRESS.ordinal()] = false;
        long size = Math.max(records, 2);
        return builtIn(present, records, size * (size - 1) / 2, new TermFrequencies[LinkageField.ALL.length]);
    }

    static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /**
     * λ: the share of all pairs of records that are one person (the prior). Measured among the
     * candidate pairs by EM and spread over all pairs, so the weight of a pair means the same
     * whether or not blocking compared it.
     */
    public double lambda() {
        return lambda;
    }

    /** The share of candidate pairs that are one person, as EM found it. */
    public double candidateLambda() {
        return candidateLambda;
    }

    /** The prior weight, log2(λ / (1 − λ)). */
    public double priorWeight() {
        return log2(lambda / (1 - lambda));
    }

    /** Whether the model has parameters for this field (the data had it). */
    public boolean uses(LinkageField field) {
        return m[field.ordinal()] != null;
    }

    public double m(LinkageField field, int level) {
        return m[field.ordinal()][level];
    }

    public double u(LinkageField field, int level) {
        return u[field.ordinal()][level];
    }

    /** log2(m / u) of a level, before any frequency adjustment; 0 for a missing value. */
    public double weight(LinkageField field, int level) {
        double[] fieldWeights = weights[field.ordinal()];
        return level < 0 || fieldWeights == null ? 0 : fieldWeights[level];
    }

    /** The adjustment for agreeing on a name of this skeleton: log2(mean agreement / its frequency). */
    public double frequencyAdjustment(LinkageField field, String skeleton) {
        TermFrequencies table = frequencies[field.ordinal()];
        if (table == null || skeleton.isEmpty()) {
            return 0;
        }
        double adjustment = log2(table.agreement() / table.frequency(skeleton));
        return Math.max(-MAXIMUM_ADJUSTMENT, Math.min(MAXIMUM_ADJUSTMENT, adjustment));
    }

    /** The probability that a pair is one person, from its total match weight (prior included). */
    public static double probability(double totalWeight) {
        return 1.0 / (1.0 + Math.pow(2, -totalWeight));
    }

    /** A readable summary: λ and per field m, u and weight of each level. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        if (Double.isNaN(candidateLambda)) {
            out.append("Built-in parameters (too few records to estimate from); ");
        }
        out.append(String.format(
                Locale.ROOT,
                "λ = %.3g of all pairs are one person (%.4f of candidate pairs); " + "prior weight %.2f%n",
                lambda,
                candidateLambda,
                priorWeight()));
        for (LinkageField field : LinkageField.ALL) {
            if (!uses(field)) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-17s", field.column()));
            for (int l = field.levelCount() - 1; l >= 0; l--) {
                out.append(String.format(
                        Locale.ROOT,
                        " %s m=%.4f u=%.5f w=%+.2f;",
                        field.levelName(l),
                        m(field, l),
                        u(field, l),
                        weight(field, l)));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The model as text: one line per parameter, readable by {@link #parse(String)}. */
    public String toText() {
        StringBuilder out = new StringBuilder("homeward-linkage-model 1\n");
        out.append("lambda ").append(lambda).append('\n');
        out.append("candidate-lambda ").append(candidateLambda).append('\n');
        for (LinkageField field : LinkageField.ALL) {
            if (!uses(field)) {
                continue;
            }
            out.append("m ").append(field.column());
            for (double value : m[field.ordinal()]) {
                out.append(' ').append(value);
            }
            out.append("\nu ").append(field.column());
            for (double value : u[field.ordinal()]) {
                out.append(' ').append(value);
            }
            out.append('\n');
            TermFrequencies table = frequencies[field.ordinal()];
            if (table != null) {
                out.append("tf ")
                        .append(field.column())
                        .append(' ')
                        .append(table.unseen())
                        .append(' ')
                        .append(table.agreement())
                        .append('\n');
                for (Map.Entry<String, Double> entry : new TreeMap<>(table.frequencies()).entrySet()) {
                    out.append("tf-value ")
                            .append(field.column())
                            .append(' ')
                            .append(entry.getKey())
                            .append(' ')
                            .append(entry.getValue())
                            .append('\n');
                }
            }
        }
        return out.toString();
    }

    /** Reads the text of {@link #toText()}. */
    public static LinkageModel parse(String text) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].trim().equals("homeward-linkage-model 1")) {
            throw new IllegalArgumentException(
                    "Not a Homeward linkage model (first line must be 'homeward-linkage-model 1')");
        }
        double lambda = Double.NaN;
        double candidateLambda = Double.NaN;
        int fields = LinkageField.ALL.length;
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        TermFrequencies[] frequencies = new TermFrequencies[fields];
        List<Map<String, Double>> values = new ArrayList<>();
        double[][] tfHeader = new double[fields][];
        for (int f = 0; f < fields; f++) {
            values.add(new HashMap<>());
        }
        for (int n = 1; n < lines.length; n++) {
            String[] parts = lines[n].trim().split(" ");
            if (parts.length < 2) {
                continue;
            }
            try {
                switch (parts[0]) {
                    case "lambda" -> lambda = Double.parseDouble(parts[1]);
                    case "candidate-lambda" -> candidateLambda = Double.parseDouble(parts[1]);
                    case "m" -> m[field(parts[1], n).ordinal()] = numbers(parts);
                    case "u" -> u[field(parts[1], n).ordinal()] = numbers(parts);
                    case "tf" -> tfHeader[field(parts[1], n).ordinal()] = numbers(parts);
                    case "tf-value" ->
                        values.get(field(parts[1], n).ordinal()).put(parts[2], Double.parseDouble(parts[3]));
                    default ->
                        throw new IllegalArgumentException("Line " + (n + 1) + ": unknown entry '" + parts[0] + "'");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(
                        "Line " + (n + 1) + " of the linkage model is malformed: " + lines[n]);
            }
        }
        if (Double.isNaN(lambda)) {
            throw new IllegalArgumentException("The linkage model has no lambda line");
        }
        for (int f = 0; f < fields; f++) {
            if (m[f] == null != (u[f] == null)
                    || m[f] != null
                            && (m[f].length != LinkageField.ALL[f].levelCount() || u[f].length != m[f].length)) {
                throw new IllegalArgumentException("The linkage model's m and u of " + LinkageField.ALL[f].column()
                        + " do not fit its " + LinkageField.ALL[f].levelCount() + " levels");
            }
            if (tfHeader[f] != null) {
                frequencies[f] = new TermFrequencies(values.get(f), tfHeader[f][0], tfHeader[f][1]);
            }
        }
        return new LinkageModel(lambda, candidateLambda, m, u, frequencies);
    }

    private static LinkageField field(String column, int line) {
        for (LinkageField field : LinkageField.ALL) {
            if (field.column().equals(column)) {
                return field;
            }
        }
        throw new IllegalArgumentException("Line " + (line + 1) + ": unknown field '" + column + "'");
    }

    private static double[] numbers(String[] parts) {
        double[] numbers = new double[parts.length - 2];
        for (int i = 2; i < parts.length; i++) {
            numbers[i - 2] = Double.parseDouble(parts[i]);
        }
        return numbers;
    }
}
