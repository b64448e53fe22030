package org.homeward.allocation;

import static org.homeward.database.ClaimedJobs.stillOurs;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import org.homeward.database.ClaimedJobs;
import org.homeward.database.JobTakenOverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Accepts every open placed proposal of a run in the background, so that a national plan of a
 * hundred thousand proposals does not hold one web request for minutes. Each proposal is accepted
 * in its own transaction, as the person who started it (their name goes into every booking and
 * audit entry), together with the acceptance's progress in {@code allocation_acceptance}: any server
 * on the same database shows it, and whatever was accepted stays accepted and counted once. When the
 * server working on it stops, another web server (or the same one restarted) takes it up after the
 * last proposal handled, by the rule {@link ClaimedJobs} keeps for every job that runs once across servers.
 * One acceptance per run at a time, across all servers. Its heartbeat is written with each proposal
 * handled, not by a thread of its own: each proposal is one short transaction.
 */
@Component
class BulkAcceptances {

    private static final Logger log = LoggerFactory.getLogger(BulkAcceptances.class);
    private final AllocationDecisions decisions;
    private final AllocationProposals proposals;
    private final AcceptanceJobs jobs;
    private final ExecutorService executor;
    private final UserDetailsService people;
    private final ClaimedJobs claimed;
    private final Clock clock;
    private final Duration silentAfter;
    private final String server;

    BulkAcceptances(
            AllocationDecisions decisions,
            AllocationProposals proposals,
            AcceptanceJobs jobs,
            @Qualifier("acceptanceExecutor") ExecutorService executor,
            UserDetailsService people,
            ClaimedJobs claimed,
            Clock clock,
            AllocationProperties properties) {
        this.decisions = decisions;
        this.proposals = proposals;
        this.jobs = jobs;
        this.executor = executor;
        this.people = people;
        this.claimed = claimed;
        this.clock = clock;
        this.silentAfter = properties.acceptanceSilentAfter();
        this.server = claimed.server();
    }

    /** Where an acceptance of a run's remaining proposals stands. */
    public record Progress(int total, int accepted, int refused, boolean running) {

        public int done() {
            return accepted + refused;
        }
    }

    /** How many of the run's proposals are placed and still open, so many as accepting all of them would book. */
    int remaining(UUID runId) {
        return proposals.openPlacedIds(runId).size();
    }

    /** Starts accepting the run's remaining proposals as the signed-in person, unless that is under way already. */
    Progress start(UUID runId) {
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        int open = proposals.openPlacedIds(runId).size();
        Optional<UUID> started =
                jobs.startIfIdle(runId, open, person == null ? "" : person.getName(), server, clock.instant());
        started.ifPresent(id -> executor.submit(() -> work(id, person)));
        return of(runId).orElseThrow();
    }

    /** The run's newest acceptance as stored, whichever server works or worked on it. */
    Optional<Progress> of(UUID runId) {
        return jobs.latest(runId).map(job -> new Progress(job.total(), job.accepted(), job.refused(), job.running()));
    }

    /** Takes over the acceptances whose server fell silent (it stopped or lost the database), this one's included. */
    @Scheduled(
            fixedDelayString = "${homeward.allocation.acceptance-check-interval:5s}",
            initialDelayString = "${homeward.allocation.acceptance-check-interval:5s}")
    void takeOverSilent() {
        for (UUID id : claimed.takeOverSilent(jobs, silentAfter).claimed()) {
            log.info("Taking up the bulk acceptance {} that another server left", id);
            executor.submit(() -> work(id, null));
        }
    }

    private void work(UUID jobId, Authentication starter) {
        Optional<AcceptanceJobs.Job> found = jobs.find(jobId).filter(AcceptanceJobs.Job::running);
        if (found.isEmpty()) {
            return;
        }
        AcceptanceJobs.Job job = found.get();
        try {
            actAs(starter != null ? starter : personWhoStarted(job.startedBy()));
            acceptOpenProposals(job);
        } catch (JobTakenOverException e) {
            log.info("The bulk acceptance {} was taken over by another server", jobId);
        } catch (RuntimeException e) {
            if (!claimed.stopping()) {
                // The class only: a message may carry what a person typed.
                jobs.finish(jobId, server, false, e.getClass().getSimpleName(), clock.instant());
                log.warn(
                        "Accepting the remaining proposals of run {} stopped: {}",
                        job.runId(),
                        e.getClass().getSimpleName());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void acceptOpenProposals(AcceptanceJobs.Job job) {
        for (long proposal : proposals.openPlacedIdsAfter(job.runId(), job.lastProposal())) {
            if (claimed.stopping()) {
                return; // left running: taken up after the restart, after the last proposal counted
            }
            boolean accepted = decisions.acceptAlongside(
                    proposal,
                    job.startedBy(),
                    () -> stillOurs(jobs.handled(job.id(), proposal, true, server, clock.instant())));
            if (!accepted) {
                stillOurs(jobs.handled(job.id(), proposal, false, server, clock.instant()));
            }
        }
        jobs.finish(job.id(), server, true, null, clock.instant());
        jobs.find(job.id())
                .ifPresent(done -> log.info(
                        "Accepted {} remaining proposals of run {}; {} could not be",
                        done.accepted(),
                        done.runId(),
                        done.refused()));
    }

    /** The person who started an acceptance, as they are now: one who can no longer sign in accepts nothing more. */
    private Authentication personWhoStarted(String username) {
        UserDetails person = people.loadUserByUsername(username);
        if (!person.isEnabled() || !person.isAccountNonExpired()) {
            throw new IllegalStateException("The person who started the acceptance can no longer sign in");
        }
        return UsernamePasswordAuthenticationToken.authenticated(person.getUsername(), null, person.getAuthorities());
    }

    private static void actAs(Authentication person) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(person);
        SecurityContextHolder.setContext(context);
    }
}
