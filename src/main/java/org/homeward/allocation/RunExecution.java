package org.homeward.allocation;

import static org.homeward.database.ClaimedJobs.stillOurs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.allocation.engine.AllocationEngine;
import org.homeward.allocation.engine.AllocationPlan;
import org.homeward.allocation.engine.AllocationProblem;
import org.homeward.allocation.engine.AllocationWeights;
import org.homeward.allocation.engine.CentreVacancy;
import org.homeward.allocation.engine.Proposal;
import org.homeward.allocation.engine.WaitingHousehold;
import org.homeward.database.JobTakenOverException;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceLookup;
import org.homeward.reception.CentreOccupancy;
import org.homeward.reception.CentreService;
import org.homeward.reception.CentreStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * One allocation run from start to end, as named stages: read the waiting households, read the
 * centres' free room, solve, store the proposals. Progress goes to the run's row as it happens, with
 * the heartbeat of the server computing it.
 */
@Component
class RunExecution {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final WaitingHouseholds waiting;
    private final CentreService centres;
    private final AllocationEngine engine;
    private final PlaceLookup places;
    private final AllocationRuns runs;
    private final AllocationProposals proposals;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RunExecution(
            WaitingHouseholds waiting,
            CentreService centres,
            AllocationEngine engine,
            PlaceLookup places,
            AllocationRuns runs,
            AllocationProposals proposals,
            TransactionTemplate transaction,
            Clock clock) {
        this.waiting = waiting;
        this.centres = centres;
        this.engine = engine;
        this.places = places;
        this.runs = runs;
        this.proposals = proposals;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Computes the run from its stored window and weights on this server, whether it begins it or takes it
     * over from a server that fell silent; stops with {@link JobTakenOverException} once the run is another's.
     */
    void run(UUID runId, String server) {
        AllocationRun stored = runs.find(runId).orElseThrow();
        ArrivalWindow window =
                stored.windowFrom() == null ? null : new ArrivalWindow(stored.windowFrom(), stored.windowTo());
        AllocationWeights weights = JSON.readValue(runs.weights(runId), AllocationWeights.class);
        List<WaitingCandidate> candidates = window == null ? waiting.all() : waiting.plannedIn(window);
        List<WaitingCandidate> located = new ArrayList<>();
        List<WaitingHousehold> households = new ArrayList<>();
        for (WaitingCandidate candidate : candidates) {
            home(candidate.homePcode()).ifPresent(home -> {
                located.add(candidate);
                households.add(new WaitingHousehold(
                        candidate.id().toString(),
                        candidate.persons(),
                        candidate.accessible(),
                        candidate.homePcode(),
                        home,
                        candidate.needs(),
                        candidate.waitingDays(clock)));
            });
        }
        stillOurs(runs.counted(runId, server, located.size(), candidates.size() - located.size()));
        stillOurs(runs.stage(
                runId,
                server,
                String.format(
                        "%,d households waiting, %,d without a known destination",
                        located.size(), candidates.size() - located.size()),
                clock.instant()));
        AllocationProblem problem = new AllocationProblem(households, vacancies(), weights);
        AllocationPlan plan =
                engine.allocate(problem, message -> stillOurs(runs.stage(runId, server, message, clock.instant())));
        transaction.executeWithoutResult(status -> store(runId, server, located, plan));
    }

    /**
     * Stores the proposals and ends the run in one transaction, the end last: when the run was taken over
     * meanwhile, the end finds it another's and every proposal of this server goes back with it.
     */
    private void store(UUID runId, String server, List<WaitingCandidate> located, AllocationPlan plan) {
        for (int i = 0; i < located.size(); i++) {
            Proposal proposal = plan.proposals().get(i);
            proposals.insert(
                    runId,
                    located.get(i),
                    proposal.placement().map(c -> c.centreId()).orElse(null),
                    proposal.waitingReason().map(Enum::name).orElse(null),
                    ProposalExplanation.of(proposal));
        }
        stillOurs(runs.finish(runId, server, plan, clock.instant()));
    }

    private List<CentreVacancy> vacancies() {
        List<CentreVacancy> vacancies = new ArrayList<>();
        for (CentreOccupancy occupancy : centres.overview()) {
            var centre = occupancy.centre();
            var free = occupancy.free();
            vacancies.add(new CentreVacancy(
                    centre.code(),
                    centre.pcode(),
                    new GeoPoint(centre.latitude(), centre.longitude()),
                    free.persons(),
                    free.familyUnits(),
                    Math.min(free.accessibleUnits(), free.familyUnits()),
                    occupancy.occupied().persons(),
                    occupancy.status() != CentreStatus.CLOSED));
        }
        return vacancies;
    }

    /** The household's home: its destination's centroid, else that of the nearest unit holding it that has one. */
    private Optional<GeoPoint> home(String pcode) {
        Optional<String> unit = Optional.of(pcode);
        Optional<GeoPoint> point = Optional.empty();
        while (point.isEmpty() && unit.isPresent()) {
            point = places.centroid(unit.get());
            unit = places.parentOf(unit.get());
        }
        return point;
    }
}
