package org.homeward.movements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.movements.scheduling.ScheduledHousehold;

/** Turns the scheduler's proposal into what the API and page show: references, never ids or names. */
final class SchedulePreviews {

    private SchedulePreviews() {}

    static SchedulePreview of(PlanScheduler.Proposal proposal, Map<String, UUID> created, boolean written) {
        Map<UUID, String> references = proposal.references();
        List<SchedulePreview.DepartureLoad> departures = new ArrayList<>();
        for (ScheduleRequestRules.Offered offered : proposal.week().departures()) {
            departures.add(departure(
                    offered,
                    proposal.onDeparture(offered.index()),
                    references,
                    created.get(Integer.toString(offered.index()))));
        }
        List<SchedulePreview.LeftOver> leftOver = proposal.engine().unplaced().stream()
                .map(household -> new SchedulePreview.LeftOver(
                        references.get(household.householdId()),
                        household.reason().name()))
                .toList();
        return new SchedulePreview(
                proposal.plan().id(),
                proposal.week().startsOn(),
                written,
                proposal.engine().scheduled().size(),
                proposal.engine().scheduledPersons(),
                departures,
                leftOver,
                proposal.found().notReady());
    }

    private static SchedulePreview.DepartureLoad departure(
            ScheduleRequestRules.Offered offered,
            List<ScheduledHousehold> aboard,
            Map<UUID, String> references,
            UUID movementId) {
        Movement movement = offered.movement();
        Map<String, List<ScheduledHousehold>> byVehicle = new LinkedHashMap<>();
        aboard.forEach(household -> byVehicle
                .computeIfAbsent(household.vehicleLabel(), label -> new ArrayList<>())
                .add(household));
        List<SchedulePreview.VehicleLoad> vehicles = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        for (Vehicle vehicle : movement.vehicles()) {
            List<ScheduledHousehold> in = byVehicle.get(vehicle.label());
            if (in == null) {
                unused.add(vehicle.label());
                continue;
            }
            vehicles.add(new SchedulePreview.VehicleLoad(
                    vehicle.label(),
                    vehicle.seats(),
                    vehicle.accessibleSeats(),
                    in.stream().mapToInt(ScheduledHousehold::persons).sum(),
                    in.stream().mapToInt(ScheduledHousehold::accessibleSeats).sum(),
                    in.stream()
                            .map(household -> references.get(household.householdId()))
                            .toList()));
        }
        return new SchedulePreview.DepartureLoad(
                offered.index(),
                movement.departurePoint(),
                movement.asylumCountry(),
                movement.crossingCode(),
                movement.departsOn(),
                movementId,
                aboard.size(),
                aboard.stream().mapToInt(ScheduledHousehold::persons).sum(),
                vehicles,
                unused);
    }
}
