package org.homeward.allocation;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Accepts every open placed proposal of a run in the background, so that a national plan of a
 * hundred thousand proposals does not hold one web request for minutes. Each proposal is accepted
 * in its own transaction, as the person who started it (their name goes into every booking and
 * audit entry), so whatever was accepted stays accepted if the process stops; starting again
 * takes up the proposals still open. One acceptance per run at a time; the progress is kept in
 * memory and shown on the run's page while it lasts.
 */
@Component
class BulkAcceptances {

    private static final Logger log = LoggerFactory.getLogger(BulkAcceptances.class);
    private final AllocationDecisions decisions;
    private final AllocationProposals proposals;
    private final ExecutorService executor;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    BulkAcceptances(AllocationDecisions decisions, AllocationProposals proposals,
                    @Qualifier("acceptanceExecutor") ExecutorService executor) {
        this.decisions = decisions;
        this.proposals = proposals;
        this.executor = executor;
    }

    /** Where an acceptance of a run's remaining proposals stands. */
    public record Progress(int total, int accepted, int refused, boolean running) {

        public int done() {
            return accepted + refused;
        }
    }

    private static final class Job {
        final int total;
        final String startedBy;
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        volatile boolean running = true;

        Job(int total, String startedBy) {
            this.total = total;
            this.startedBy = startedBy;
        }

        Progress progress() {
            return new Progress(total, accepted.get(), refused.get(), running);
        }
    }

    /** How many of the run's proposals are placed and still open, so many as accepting all of them would book. */
    int remaining(UUID runId) {
        return proposals.openPlacedIds(runId).size();
    }

    /** Starts accepting the run's remaining proposals as the signed-in person, unless that is under way already. */
    Progress start(UUID runId) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication person = context.getAuthentication();
        int open = proposals.openPlacedIds(runId).size();
        boolean[] created = {false};
        Job job = jobs.compute(runId, (id, current) -> {
            if (current != null && current.running) {
                return current;
            }
            created[0] = true;
            return new Job(open, person == null ? "" : person.getName());
        });
        if (created[0]) {
            executor.submit(() -> work(runId, job, person));
        }
        return job.progress();
    }

    Optional<Progress> of(UUID runId) {
        return Optional.ofNullable(jobs.get(runId)).map(Job::progress);
    }

    private void work(UUID runId, Job job, Authentication person) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person);
        SecurityContextHolder.setContext(context);
        try {
            AllocationDecisions.BulkAcceptance outcome = decisions.acceptRemaining(runId, job.startedBy,
                    accepted -> (accepted ? job.accepted : job.refused).incrementAndGet());
            log.info("Accepted {} remaining proposals of run {}; {} could not be", outcome.accepted(), runId,
                    outcome.refused());
        } catch (RuntimeException e) {
            log.warn("Accepting the remaining proposals of run {} stopped: {}", runId, e.getMessage());
        } finally {
            job.running = false;
            SecurityContextHolder.clearContext();
        }
    }
}
