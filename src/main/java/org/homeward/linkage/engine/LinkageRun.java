package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A whole batch linkage, stage by stage: standardise, block, estimate, score, household evidence,
 * cluster. Pairs are never all held at once: they are enumerated twice (a sample for the
 * estimation, all for scoring) and only those at or above the review weight are kept.
 */
public final class LinkageRun {

    /** Records standardised together (in parallel) when they are handed over one at a time. */
    private static final int STANDARDISE_CHUNK = 20_000;

    private final LinkageSettings settings;
    private final ProgressListener progress;

    public LinkageRun(LinkageSettings settings, ProgressListener progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public LinkageResult run(List<LinkageRecord> input) {
        return link(standardise(input));
    }

    /**
     * The same run over records handed over one at a time by {@code source} (for example rows read
     * from a database), standardised in chunks as they arrive: the raw records are never all held,
     * only their standardised form, which shares its names across records. The result is the same as
     * {@link #run(List)} over the records in the order given. The standardise stage is reported
     * once, at its end: how many records will come is the source's to report.
     */
    public LinkageResult run(Consumer<Consumer<LinkageRecord>> source) {
        Standardiser standardiser = new Standardiser();
        List<StandardRecord> records = new ArrayList<>();
        List<LinkageRecord> chunk = new ArrayList<>(STANDARDISE_CHUNK);
        source.accept(record -> {
            chunk.add(record);
            if (chunk.size() == STANDARDISE_CHUNK) {
                records.addAll(standardise(standardiser, chunk));
                chunk.clear();
            }
        });
        records.addAll(standardise(standardiser, chunk));
        progress.progress("standardise", records.size(), records.size());
        return link(records);
    }

    private LinkageResult link(List<StandardRecord> records) {
        int[] sources = indexValues(records, true);
        int[] households = indexValues(records, false);
        CandidatePairs candidates = block(records, sources);
        BlockingReport report = report(records, candidates, sources, settings.linkSources());
        LinkageModel model =
                settings.model() != null ? settings.model() : estimate(records, households, candidates, report);
        PairScorer scorer = new PairScorer(model);
        PairList pairs = score(records, households, candidates, scorer);
        pairs.sortByIndices();
        float[] householdWeights = householdEvidence(households, pairs, records, scorer);
        int[] cluster = new Clusterer(settings.matchWeight(), settings.cannotLinkWeight(), settings.linkSources())
                .cluster(
                        records.size(),
                        pairs,
                        (i, j) -> {
                            int k = pairs.find(Math.min(i, j), Math.max(i, j));
                            if (k >= 0) {
                                return scorer.kinship(records.get(i), records.get(j)) == Kinship.NONE
                                        ? pairs.weight(k)
                                        : Double.NEGATIVE_INFINITY;
                            }
                            return scorer.clusteringWeight(records.get(i), records.get(j))
                                    + sameHousehold(households, i, j);
                        },
                        sources,
                        households);
        progress.progress("cluster", records.size(), records.size());
        return new LinkageResult(records, cluster, pairs, householdWeights, model, report, settings, candidates);
    }

    /** The same-household weight for two records of one household, else 0. */
    private double sameHousehold(int[] households, int i, int j) {
        return households[i] >= 0 && households[i] == households[j] ? settings.sameHouseholdWeight() : 0;
    }

    private List<StandardRecord> standardise(List<LinkageRecord> input) {
        List<StandardRecord> records = standardise(new Standardiser(), input);
        progress.progress("standardise", input.size(), input.size());
        return records;
    }

    private static List<StandardRecord> standardise(Standardiser standardiser, List<LinkageRecord> input) {
        StandardRecord[] records = new StandardRecord[input.size()];
        IntStream.range(0, input.size()).parallel().forEach(i -> records[i] = standardiser.standardise(input.get(i)));
        // Every record is held to the end of the run: equal names, dates and household ids are held once.
        for (int i = 0; i < records.length; i++) {
            records[i] = standardiser.keep(records[i]);
        }
        return List.of(records);
    }

    private CandidatePairs block(List<StandardRecord> records, int[] sources) {
        CandidatePairs candidates = new CandidatePairs(records, settings.blocking(), sources, settings.linkSources());
        progress.progress("block", records.size(), records.size());
        return candidates;
    }

    private LinkageModel estimate(
            List<StandardRecord> records, int[] households, CandidatePairs candidates, BlockingReport report) {
        long modulus = Math.max(1, (candidates.total() + settings.estimationPairs() - 1) / settings.estimationPairs());
        int rules = settings.blocking().rules().size();
        List<PatternCounts[]> counts = Collections.synchronizedList(new ArrayList<>());
        candidates.forEach(
                () -> {
                    PatternCounts[] local = new PatternCounts[rules + 1];
                    for (int r = 0; r <= rules; r++) {
                        local[r] = new PatternCounts();
                    }
                    counts.add(local);
                    int[] levels = new int[LinkageField.ALL.length];
                    return (i, j) -> {
                        if (households[i] >= 0 && households[i] == households[j]) {
                            return;
                        }
                        PairComparison.compare(records.get(i), records.get(j), levels);
                        long pattern = PairComparison.pattern(levels);
                        local[rules].add(pattern, 1);
                        int pairedBy = candidates.rulesOf(i, j);
                        for (int r = 0; r < rules; r++) {
                            if ((pairedBy & 1 << r) != 0) {
                                local[r].add(pattern, 1);
                            }
                        }
                    };
                },
                modulus,
                "estimate",
                progress,
                candidates.total() / modulus);
        List<Map<Long, Long>> merged = new ArrayList<>();
        for (int r = 0; r <= rules; r++) {
            PatternCounts patterns = new PatternCounts();
            for (PatternCounts[] local : counts) {
                patterns.addAll(local[r]);
            }
            merged.add(patterns.toMap());
        }
        long sampled =
                merged.get(rules).values().stream().mapToLong(Long::longValue).sum();
        double scale = sampled == 0 ? 1 : (double) candidates.total() / sampled;
        return ModelEstimator.estimate(
                records,
                settings.blocking().rules(),
                merged.subList(0, rules),
                merged.get(rules),
                scale,
                report.allPairs(),
                settings.seed());
    }

    private PairList score(
            List<StandardRecord> records, int[] households, CandidatePairs candidates, PairScorer scorer) {
        List<PairList> kept = Collections.synchronizedList(new ArrayList<>());
        double review = settings.reviewWeight();
        candidates.forEach(
                () -> {
                    PairList local = new PairList();
                    kept.add(local);
                    int[] levels = new int[LinkageField.ALL.length];
                    return (i, j) -> {
                        double weight =
                                scorer.weight(records.get(i), records.get(j), levels) + sameHousehold(households, i, j);
                        if (weight >= review) {
                            local.add(i, j, weight);
                        }
                    };
                },
                1,
                "score",
                progress,
                candidates.total());
        return PairList.concatenate(kept);
    }

    /**
     * Household evidence: a pair whose households share other matched members gains weight per
     * such member (at most two). Members of one household never gain: brothers share father,
     * grandfather and family name, and that is no evidence that they are one person.
     */
    private float[] householdEvidence(
            int[] households, PairList pairs, List<StandardRecord> records, PairScorer scorer) {
        float[] added = new float[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            added[k] = (float) sameHousehold(households, pairs.left(k), pairs.right(k));
        }
        Map<Long, Integer> matchedBetween = new HashMap<>();
        for (int k = 0; k < pairs.size(); k++) {
            long key = householdPair(households, pairs.left(k), pairs.right(k));
            if (key >= 0 && pairs.weight(k) >= settings.matchWeight()) {
                matchedBetween.merge(key, 1, Integer::sum);
            }
        }
        if (matchedBetween.isEmpty() || settings.householdWeight() == 0) {
            return added;
        }
        for (int k = 0; k < pairs.size(); k++) {
            long key = householdPair(households, pairs.left(k), pairs.right(k));
            // Two brothers of two households that are one family registered twice gain nothing from it.
            if (key < 0
                    || pairs.weight(k) < settings.matchWeight()
                            && scorer.kinship(records.get(pairs.left(k)), records.get(pairs.right(k)))
                                    != Kinship.NONE) {
                continue;
            }
            int others = matchedBetween.getOrDefault(key, 0) - (pairs.weight(k) >= settings.matchWeight() ? 1 : 0);
            if (others > 0) {
                double bonus = settings.householdWeight() * Math.min(others, 2);
                added[k] += (float) bonus;
                pairs.setWeight(k, pairs.weight(k) + bonus);
            }
        }
        return added;
    }

    private static long householdPair(int[] households, int i, int j) {
        int a = households[i];
        int b = households[j];
        if (a < 0 || b < 0 || a == b) {
            return -1;
        }
        return (long) Math.min(a, b) << 32 | Math.max(a, b);
    }

    /** Small integers for each distinct source (or household); -1 where there is none. */
    private static int[] indexValues(List<StandardRecord> records, boolean source) {
        Map<String, Integer> index = new HashMap<>();
        int[] values = new int[records.size()];
        for (int i = 0; i < values.length; i++) {
            String value = source ? records.get(i).source() : records.get(i).householdId();
            values[i] = value == null ? -1 : index.computeIfAbsent(value, v -> index.size());
        }
        return values;
    }

    private static BlockingReport report(
            List<StandardRecord> records, CandidatePairs candidates, int[] sources, boolean linkSources) {
        List<BlockingReport.Rule> rules = new ArrayList<>();
        for (int r = 0; r < candidates.scheme().rules().size(); r++) {
            rules.add(new BlockingReport.Rule(
                    candidates.scheme().rules().get(r).name(), candidates.pairsOf(r), candidates.oversizedBlocks(r)));
        }
        long n = records.size();
        long all = n * (n - 1) / 2;
        if (linkSources) {
            Map<Integer, Long> perSource = new HashMap<>();
            for (int source : sources) {
                perSource.merge(source, 1L, Long::sum);
            }
            for (long count : perSource.values()) {
                all -= count * (count - 1) / 2;
            }
        }
        return new BlockingReport(n, candidates.total(), all, rules);
    }
}
