package org.homeward.allocation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.allocation.AllocationProposal.Decision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts allocation runs over the households waiting for a place, runs them in the background one
 * at a time across all servers with their progress stored, and tells their results.
 */
@Service
public class AllocationPlanner {

    private final AllocationRuns runs;
    private final AllocationProposals proposals;
    private final RunWorker worker;
    private final AllocationProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    AllocationPlanner(
            AllocationRuns runs,
            AllocationProposals proposals,
            RunWorker worker,
            AllocationProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.worker = worker;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a run over the households planned in the window, or over every waiting household when
     * the window is null; returns the run's id at once while the engine works in the background.
     */
    @Transactional
    public UUID start(ArrivalWindow window, String actor) {
        UUID id = UUID.randomUUID();
        boolean started = runs.start(
                id,
                window,
                clock.instant(),
                actor,
                JsonMapper.builder().build().writeValueAsString(properties.weights()),
                worker.server());
        if (!started) {
            throw new AllocationRunBusyException("Another allocation run is still running");
        }
        audit.recordWithChange(new AuditEntry(
                AllocationAuditAction.ALLOCATION_RUN_STARTED,
                "ALLOCATION_RUN",
                id.toString(),
                null,
                window == null
                        ? Map.of("window", "all")
                        : Map.of(
                                "from",
                                window.from().toString(),
                                "to",
                                window.to().toString())));
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        worker.submit(id);
                    }
                });
        return id;
    }

    @Transactional(readOnly = true)
    public AllocationRun run(UUID id) {
        return runs.find(id).orElseThrow(() -> new AllocationRunNotFoundException("No allocation run " + id));
    }

    /** The latest runs, newest first. */
    @Transactional(readOnly = true)
    public List<AllocationRun> latestRuns() {
        return runs.latest();
    }

    /** Every proposal of the run matching the filter; the households shown are recorded in the audit trail. */
    @Transactional(readOnly = true)
    public List<AllocationProposal> proposals(UUID runId, ProposalFilter filter) {
        run(runId);
        List<AllocationProposal> shown = proposals.of(runId, filter);
        recordShown(runId, shown);
        return shown;
    }

    /**
     * One page of the run's proposals matching the filter; size is kept between 1 and 500. The
     * households on the page are recorded in the audit trail.
     */
    @Transactional(readOnly = true)
    public ProposalPage proposalPage(UUID runId, ProposalFilter filter, int page, int size) {
        run(runId);
        ProposalPage shown = proposals.page(runId, filter, Math.max(page, 0), Math.min(Math.max(size, 1), 500));
        recordShown(runId, shown.items());
        return shown;
    }

    private void recordShown(UUID runId, List<AllocationProposal> shown) {
        if (!shown.isEmpty()) {
            audit.record(new AuditEntry(
                    AllocationAuditAction.LIST_ALLOCATION_PROPOSALS,
                    "ALLOCATION_RUN",
                    runId.toString(),
                    null,
                    Map.of(
                            "households",
                            shown.stream()
                                    .map(proposal -> proposal.householdId().toString())
                                    .distinct()
                                    .toList())));
        }
    }

    /** How many proposals of the run carry each decision. */
    @Transactional(readOnly = true)
    public Map<Decision, Integer> decisionCounts(UUID runId) {
        return proposals.decisionCounts(runId);
    }
}
