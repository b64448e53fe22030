package org.homeward.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.homeward.linkage.RegistryRecords.Registered;
import org.homeward.linkage.engine.BlockingScheme;
import org.homeward.linkage.engine.CandidateIndex;
import org.homeward.linkage.engine.LinkageModel;
import org.homeward.linkage.engine.LinkageRecord;
import org.homeward.linkage.engine.LinkageRun;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ModelEstimator;
import org.homeward.linkage.engine.PairScorer;
import org.homeward.linkage.engine.ProgressListener;
import org.homeward.linkage.engine.ScoredPair;
import org.homeward.linkage.engine.StandardRecord;
import org.homeward.linkage.engine.Standardiser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every registered individual, standardised and blocked in memory, for the on-entry check. Built in
 * the background after start-up; kept current by reading the households whose history moved on since
 * the last look (registrations, imports, changes). It holds the standardised records and their block keys
 * only, names and dates shared (see docs/linkage.md); where a match is registered is read from the registry
 * when a check finds it.
 */
@Component
class DuplicateIndex {

    /** Records from which the model is estimated when no batch run has stored one. */
    static final int MODEL_SAMPLE = 50_000;

    private static final Logger log = LoggerFactory.getLogger(DuplicateIndex.class);

    private final RegistryRecords registry;
    private final DuplicateRunRepository runs;
    private final Standardiser standardiser = new Standardiser();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile CandidateIndex index;
    /** The model checks score with; swapped whole, so that a check that took it keeps it to its end. */
    private volatile InUse model = new InUse(null, 0);

    private volatile ChangePosition position = new ChangePosition(0);
    private final java.time.Clock clock;
    private volatile boolean buildStarted;
    /** Individuals the model was estimated from; -1 when the model came from a batch run. */
    private int modelEstimatedFrom;

    /** A scorer and the batch run whose model it scores with (0: a model estimated on this server). */
    private record InUse(PairScorer scorer, long run) {}

    /** How long a change number missed (its transaction had not committed) is asked for again. */
    static final java.time.Duration GAP_PATIENCE = java.time.Duration.ofHours(1);

    DuplicateIndex(RegistryRecords registry, DuplicateRunRepository runs, java.time.Clock clock) {
        this.registry = registry;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Builds the index for a web server only: the on-entry check is asked in the browser and the API,
     * while a command-line tool would pay for the load (and see its failures) without ever using it.
     */
    @EventListener(ApplicationReadyEvent.class)
    void buildInBackground(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        buildStarted = true;
        Thread builder = new Thread(this::buildOrSayWhyNot, "duplicate-index");
        builder.setDaemon(true);
        builder.start();
    }

    /** Whether the background build was started (only a web server starts it). */
    boolean buildStarted() {
        return buildStarted;
    }

    /** Whether the index is built and the on-entry check can answer. */
    boolean ready() {
        return index != null;
    }

    /** A failed build leaves the check unanswered until the next start; it says so in one line, not a stack trace. */
    private void buildOrSayWhyNot() {
        try {
            build();
        } catch (RuntimeException failure) {
            log.warn(
                    "The duplicate index could not be built ({}); the on-entry duplicate check stays off until Homeward"
                            + " is started again",
                    failure.getClass().getSimpleName());
        }
    }

    void build() {
        long started = System.nanoTime();
        long eventId = registry.lastEventId();
        Optional<DuplicateRunRepository.StoredModel> stored = runs.latestModel();
        CandidateIndex fresh = new CandidateIndex(BlockingScheme.standard());
        // The records are standardised as they are read; only a uniform sample of them is kept, for the model.
        Sample sample = new Sample(MODEL_SAMPLE, new Random(4));
        int[] read = {0};
        registry.forEach(registered -> {
            add(fresh, registered);
            if (stored.isEmpty()) {
                sample.offer(registered.record());
            }
            read[0]++;
        });
        InUse built = stored.map(found -> new InUse(new PairScorer(LinkageModel.parse(found.text())), found.run()))
                .orElseGet(() -> new InUse(new PairScorer(estimate(sample.records())), 0));
        lock.writeLock().lock();
        try {
            if (built.run() >= model.run()) {
                // A run that finished during the build may have been taken up already: the newer model stays.
                model = built;
                modelEstimatedFrom = stored.isPresent() ? -1 : read[0];
            }
            position = new ChangePosition(eventId);
            index = fresh;
        } finally {
            lock.writeLock().unlock();
        }
        log.info("Duplicate index built: {} individuals in {} ms", read[0], (System.nanoTime() - started) / 1_000_000);
    }

    /** A uniform sample of a stream of records (reservoir sampling), in the order they came. */
    static final class Sample {
        private final int size;
        private final Random random;
        private final List<LinkageRecord> kept = new ArrayList<>();
        private long seen;

        Sample(int size, Random random) {
            this.size = size;
            this.random = random;
        }

        void offer(LinkageRecord record) {
            seen++;
            if (kept.size() < size) {
                kept.add(record);
            } else {
                long slot = (long) (random.nextDouble() * seen);
                if (slot < size) {
                    kept.set((int) slot, record);
                }
            }
        }

        List<LinkageRecord> records() {
            return kept;
        }
    }

    /**
     * Uses the model batch run {@code run} estimated from the whole registry, unless a later run's is in use
     * already; checks under way finish with the model they began with.
     */
    void useModel(long run, LinkageModel estimated) {
        PairScorer scorer = new PairScorer(estimated);
        lock.writeLock().lock();
        try {
            if (run > model.run()) {
                model = new InUse(scorer, run);
                modelEstimatedFrom = -1;
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The batch run whose model checks use now; 0 when it was estimated on this server. */
    long modelRun() {
        return model.run();
    }

    /**
     * A young registry's model is estimated again each time the registry has doubled, so that the
     * first registrations do not leave the check with a model of no fields; the cost stays linear.
     */
    private void refreshYoungModel() {
        int size = index.size();
        if (modelEstimatedFrom >= 0
                && size >= 2 * Math.max(modelEstimatedFrom, 1)
                && modelEstimatedFrom < MODEL_SAMPLE) {
            // Young: at most twice the sample, read again from the registry rather than held beside the index.
            Sample sample = new Sample(MODEL_SAMPLE, new Random(4));
            registry.forEach(registered -> sample.offer(registered.record()));
            model = new InUse(new PairScorer(estimate(sample.records())), 0);
            modelEstimatedFrom = size;
        }
    }

    private static LinkageModel estimate(List<LinkageRecord> sample) {
        if (sample.size() < ModelEstimator.MINIMUM_RECORDS) {
            return LinkageModel.forYoungRegistry(sample.size());
        }
        // A uniform sample keeps λ (the share of all pairs that are one person) as it is.
        return new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE)
                .run(sample)
                .model();
    }

    private void add(CandidateIndex target, Registered registered) {
        target.put(standardiser.standardiseToKeep(registered.record()));
    }

    /**
     * Takes in what the registry recorded since the last look, on this server or another, and what was
     * missed then because its transaction had not committed yet.
     */
    void catchUp() {
        ChangePosition at = position;
        if (index == null || at.gaps().isEmpty() && registry.lastEventId() == at.seen()) {
            return;
        }
        lock.writeLock().lock();
        try {
            java.util.NavigableSet<Long> read = new java.util.TreeSet<>(registry.changeIds(at.seen(), at.gaps()));
            if (!read.isEmpty()) {
                registry.changedAt(at.seen(), at.gaps()).forEach(this::apply);
            }
            at.advance(read, clock.instant(), GAP_PATIENCE);
            refreshYoungModel();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void apply(Registered registered) {
        if (registered.erased()) {
            index.remove(registered.record().id());
            return;
        }
        // An edited individual replaces its earlier version; one whose household only moved is put again as it was.
        add(index, registered);
    }

    /** Individuals indexed now. */
    int size() {
        return index == null ? 0 : index.size();
    }

    /** Block entries of the index: one per individual and blocking rule it has a key for. */
    long postingCount() {
        return index == null ? 0 : index.postingCount();
    }

    /** One likely match: the engine's scored pair and where the other record is registered. */
    record Match(ScoredPair pair, Registered other) {}

    /** The index as one check sees it: every member looked up scored with the model in use when it began. */
    interface Lookup {
        /** The registered individuals most likely the same person as {@code entry}, strongest first. */
        List<Match> likelyMatches(LinkageRecord entry, double minimumWeight, int limit);
    }

    /** A lookup for one check, which keeps the model in use now, should another be taken up meanwhile. */
    Lookup lookup() {
        PairScorer scorer = model.scorer();
        return (entry, minimumWeight, limit) -> likelyMatches(entry, minimumWeight, limit, scorer);
    }

    /** The registered individuals most likely the same person as {@code entry}, strongest first. */
    List<Match> likelyMatches(LinkageRecord entry, double minimumWeight, int limit) {
        return lookup().likelyMatches(entry, minimumWeight, limit);
    }

    private List<Match> likelyMatches(LinkageRecord entry, double minimumWeight, int limit, PairScorer scorer) {
        StandardRecord standard = standardiser.standardise(entry);
        List<ScoredPair> pairs;
        lock.readLock().lock();
        try {
            pairs = index.likelyMatches(standard, scorer, minimumWeight, limit);
        } finally {
            lock.readLock().unlock();
        }
        // Where the matches are registered (site, destination, names as written) is read for them alone.
        Map<String, Registered> found =
                registry.byIds(pairs.stream().map(ScoredPair::rightId).toList());
        return pairs.stream()
                .map(pair -> new Match(pair, found.get(pair.rightId())))
                .toList();
    }
}
