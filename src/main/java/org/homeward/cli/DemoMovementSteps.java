package org.homeward.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.movements.AddHouseholdRequest;
import org.homeward.movements.ArrivalRequest;
import org.homeward.movements.ArrivalService;
import org.homeward.movements.BoardingNoShowRequest;
import org.homeward.movements.BoardingRequest;
import org.homeward.movements.BoardingService;
import org.homeward.movements.CheckLevel;
import org.homeward.movements.CheckVerdict;
import org.homeward.movements.CreateMovementRequest;
import org.homeward.movements.DepartureDecisionRequest;
import org.homeward.movements.DepartureDecisions;
import org.homeward.movements.HouseholdVerdicts;
import org.homeward.movements.ManifestService;
import org.homeward.movements.Movement;
import org.homeward.movements.MovementService;
import org.homeward.movements.ReturnPlan;
import org.homeward.movements.SlipCodes;
import org.homeward.movements.Vehicle;
import org.homeward.registry.Household;
import org.homeward.registry.Individual;
import org.springframework.context.ApplicationContext;

/**
 * The steps of a movement in the demo, each through the movements feature's own services and as the
 * officer whose work it is: the coordinator plans and decides, an officer boards by the signed slip
 * and closes the arrival. Nothing here skips a check: a departure the checks refuse fails the demo.
 */
final class DemoMovementSteps {

    private final MovementService movements;
    private final ManifestService manifests;
    private final BoardingService boarding;
    private final ArrivalService arrivals;
    private final DepartureDecisions decisions;
    private final SlipCodes slips;

    DemoMovementSteps(ApplicationContext context) {
        this.movements = context.getBean(MovementService.class);
        this.manifests = context.getBean(ManifestService.class);
        this.boarding = context.getBean(BoardingService.class);
        this.arrivals = context.getBean(ArrivalService.class);
        this.decisions = context.getBean(DepartureDecisions.class);
        this.slips = context.getBean(SlipCodes.class);
    }

    Movement create(
            ReturnPlan plan, String kind, LocalDate departsOn, LocalDate returnsOn, String country, String crossing) {
        return DemoOfficers.as(
                DemoOfficers.COORDINATOR,
                () -> movements.create(
                        new CreateMovementRequest(
                                plan.id().toString(),
                                kind,
                                departsOn.toString(),
                                returnsOn == null ? null : returnsOn.toString(),
                                country.equals("LBN") ? "Beirut, Cola bridge" : "Gaziantep bus station",
                                country,
                                crossing,
                                "HOME",
                                List.of(new Vehicle("Bus 1", 40, 2), new Vehicle("Bus 2", 40, 2))),
                        DemoOfficers.COORDINATOR));
    }

    void add(Movement movement, Household household) {
        add(movement, household, List.of());
    }

    void add(Movement movement, Household household, List<AddHouseholdRequest.StayingMember> staying) {
        DemoOfficers.as(
                DemoOfficers.COORDINATOR,
                () -> manifests.add(
                        movement.id(),
                        new AddHouseholdRequest(household.reference(), null, staying),
                        DemoOfficers.COORDINATOR));
    }

    /** Boards the household by its signed slip, as the scanner at the door reads it. */
    void board(Movement movement, Household household) {
        DemoOfficers.as(
                DemoOfficers.RECORDER,
                () -> boarding.board(
                        movement.id().toString(),
                        new BoardingRequest(slips.sign(household.reference()), List.of()),
                        DemoOfficers.RECORDER));
    }

    void noShow(Movement movement, Household household) {
        DemoOfficers.as(
                DemoOfficers.RECORDER,
                () -> boarding.noShow(
                        movement.id().toString(),
                        new BoardingNoShowRequest(household.id().toString()),
                        DemoOfficers.RECORDER));
    }

    /**
     * The coordinator decides each amber verdict after telling the household, then the movement departs.
     * A red verdict is never decided: the demo fails rather than send off a movement its checks hold.
     */
    void decideAndDepart(Movement movement) {
        DemoOfficers.as(DemoOfficers.COORDINATOR, () -> {
            for (HouseholdVerdicts household : movements.verdicts(movement.id())) {
                for (CheckVerdict verdict : household.blocking()) {
                    if (verdict.level() == CheckLevel.RED) {
                        throw new IllegalStateException("The demo movement of " + movement.departsOn()
                                + " is held by its " + verdict.check() + " check: " + verdict.reasonKey());
                    }
                    decisions.decide(
                            movement.id(),
                            new DepartureDecisionRequest(
                                    household.householdId().toString(),
                                    verdict.check(),
                                    "Explained to the family, who chose to travel",
                                    true),
                            DemoOfficers.COORDINATOR);
                }
            }
            movements.depart(movement.id(), DemoOfficers.COORDINATOR);
        });
    }

    /** Closes the arrival with everyone who boarded, except the persons given, who are missing. */
    void arrive(Movement movement, List<Household> households, UUID missing) {
        List<UUID> arrived = households.stream()
                .flatMap(household -> household.members().stream())
                .map(Individual::id)
                .filter(id -> !id.equals(missing))
                .toList();
        DemoOfficers.as(
                DemoOfficers.CONFIRMER,
                () -> arrivals.close(movement.id().toString(), new ArrivalRequest(arrived), DemoOfficers.CONFIRMER));
    }
}
