package org.homeward.allocation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.allocation.engine.AllocationEngine;
import org.homeward.allocation.engine.AllocationPlan;
import org.homeward.allocation.engine.AllocationProblem;
import org.homeward.allocation.engine.CentreVacancy;
import org.homeward.allocation.engine.Proposal;
import org.homeward.allocation.engine.WaitingHousehold;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceLookup;
import org.homeward.reception.CentreOccupancy;
import org.homeward.reception.CentreService;
import org.homeward.reception.CentreStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One allocation run from start to end, as named stages: read the waiting households, read the
 * centres' free room, solve, store the proposals. Progress goes to the run's row as it happens.
 */
@Component
class RunExecution {

    private final WaitingHouseholds waiting;
    private final CentreService centres;
    private final AllocationEngine engine;
    private final PlaceLookup places;
    private final AllocationRuns runs;
    private final AllocationProposals proposals;
    private final AllocationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RunExecution(
            WaitingHouseholds waiting,
            CentreService centres,
            AllocationEngine engine,
            PlaceLookup places,
            AllocationRuns runs,
            AllocationProposals proposals,
            AllocationProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.waiting = waiting;
        this.centres = centres;
        this.engine = engine;
        this.places = places;
        this.runs = runs;
        this.proposals = proposals;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    void run(UUID runId, ArrivalWindow window) {
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
        runs.counted(runId, located.size(), candidates.size() - located.size());
        runs.stage(
                runId,
                String.format(
                        "%,d households waiting, %,d without a known destination",
                        located.size(), candidates.size() - located.size()));
        AllocationProblem problem = new AllocationProblem(households, vacancies(), properties.weights());
        AllocationPlan plan = engine.allocate(problem, message -> runs.stage(runId, message));
        transaction.executeWithoutResult(status -> store(runId, located, plan));
    }

    private void store(UUID runId, List<WaitingCandidate> located, AllocationPlan plan) {
        for (int i = 0; i < located.size(); i++) {
            Proposal proposal = plan.proposals().get(i);
            proposals.insert(
                    runId,
                    located.get(i),
                    proposal.placement().map(c -> c.centreId()).orElse(null),
                    proposal.waitingReason().map(Enum::name).orElse(null),
                    ProposalExplanation.of(proposal));
        }
        runs.stage(runId, "proposals stored");
        runs.finish(runId, plan, clock.instant());
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
