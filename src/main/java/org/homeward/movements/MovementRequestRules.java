package org.homeward.movements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/** Checks a new movement: kind, days, departure point, known country and crossing, destination, vehicles. */
@Component
class MovementRequestRules {

    static final int MAX_VEHICLES = 200;
    private final PlaceLookup places;

    MovementRequestRules(PlaceLookup places) {
        this.places = places;
    }

    Movement check(CreateMovementRequest request, UUID id, String actor, java.time.Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        MovementKind kind = kind(request.kind(), problems);
        LocalDate departsOn = date(request.departsOn(), "departsOn", true, problems);
        LocalDate returnsOn = date(request.returnsOn(), "returnsOn", kind == MovementKind.GO_AND_SEE, problems);
        if (kind == MovementKind.ORGANISED_RETURN && returnsOn != null) {
            problems.add(new FieldProblem(
                    "returnsOn", MovementsProblemCode.RETURN_LEG_NOT_ALLOWED, "An organised return has no return leg"));
        }
        if (departsOn != null && returnsOn != null && returnsOn.isBefore(departsOn)) {
            problems.add(new FieldProblem(
                    "returnsOn",
                    MovementsProblemCode.RETURN_BEFORE_DEPARTURE,
                    "The return leg is before the departure"));
        }
        String point =
                request.departurePoint() == null ? "" : request.departurePoint().strip();
        if (point.isEmpty() || point.length() > 200) {
            problems.add(new FieldProblem(
                    "departurePoint",
                    MovementsProblemCode.DEPARTURE_POINT_MISSING,
                    "Say where the movement leaves from (at most 200 characters)"));
        }
        String country = PlanTargetRules.upper(request.asylumCountry());
        if (!country.isEmpty() && !places.isKnownCountry(country)) {
            problems.add(new FieldProblem(
                    "asylumCountry", CommonProblemCode.COUNTRY_UNKNOWN, "Not a known ISO3 country code"));
        }
        String crossing = PlanTargetRules.upper(request.crossingCode());
        if (crossing.isEmpty() || !places.isKnownCrossing(crossing)) {
            problems.add(new FieldProblem(
                    "crossingCode", MovementsProblemCode.CROSSING_UNKNOWN, "Give a known crossing point code"));
        }
        String destination = PlanTargetRules.upper(request.destinationKind());
        if (!destination.equals("RECEPTION") && !destination.equals("HOME")) {
            problems.add(new FieldProblem(
                    "destinationKind", MovementsProblemCode.DESTINATION_KIND_INVALID, "Use RECEPTION or HOME"));
        }
        List<Vehicle> vehicles = vehicles(request.vehicles(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidMovementRequestException(MovementsProblemCode.MOVEMENT_INVALID, problems);
        }
        UUID planId =
                request.planId() == null || request.planId().isBlank() ? null : MovementIds.plan(request.planId());
        return new Movement(
                id,
                planId,
                kind,
                departsOn,
                returnsOn,
                point,
                country.isEmpty() ? null : country,
                crossing,
                destination,
                "PLANNED",
                null,
                null,
                actor,
                now,
                0,
                vehicles);
    }

    private static MovementKind kind(String text, List<FieldProblem> problems) {
        String kind = PlanTargetRules.upper(text);
        if (kind.equals("ORGANISED_RETURN") || kind.equals("GO_AND_SEE")) {
            return MovementKind.valueOf(kind);
        }
        problems.add(new FieldProblem("kind", MovementsProblemCode.KIND_INVALID, "Use ORGANISED_RETURN or GO_AND_SEE"));
        return null;
    }

    private static LocalDate date(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, MovementsProblemCode.DATE_MISSING, "Give the date as YYYY-MM-DD"));
            }
            return null;
        }
        try {
            if (text.strip().length() == 10) {
                return LocalDate.parse(text.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, CommonProblemCode.DATE_INVALID, "Give the date as YYYY-MM-DD"));
        return null;
    }

    private static List<Vehicle> vehicles(List<Vehicle> given, List<FieldProblem> problems) {
        List<Vehicle> vehicles = new ArrayList<>();
        if (given == null || given.isEmpty() || given.size() > MAX_VEHICLES) {
            problems.add(new FieldProblem(
                    "vehicles", MovementsProblemCode.VEHICLES_MISSING, "Give from 1 to " + MAX_VEHICLES + " vehicles"));
            return vehicles;
        }
        Set<String> labels = new HashSet<>();
        for (int row = 0; row < given.size(); row++) {
            Vehicle vehicle = given.get(row);
            String field = "vehicles[" + row + "]";
            String label = vehicle == null || vehicle.label() == null
                    ? ""
                    : vehicle.label().strip();
            if (label.isEmpty() || label.length() > 60 || !labels.add(label)) {
                problems.add(new FieldProblem(
                        field + ".label",
                        MovementsProblemCode.VEHICLE_LABEL_INVALID,
                        "Row " + (row + 1) + ": give each vehicle its own label of at most 60 characters"));
            }
            Integer seats = vehicle == null ? null : vehicle.seats();
            Integer accessible = vehicle == null || vehicle.accessibleSeats() == null
                    ? Integer.valueOf(0)
                    : vehicle.accessibleSeats();
            if (seats == null || seats < 1 || seats > 120) {
                problems.add(new FieldProblem(
                        field + ".seats",
                        MovementsProblemCode.SEATS_INVALID,
                        "Row " + (row + 1) + ": from 1 to 120 seats"));
            } else if (accessible < 0 || accessible > seats) {
                problems.add(new FieldProblem(
                        field + ".accessibleSeats",
                        MovementsProblemCode.ACCESSIBLE_SEATS_INVALID,
                        "Row " + (row + 1) + ": from 0 accessible seats to the number of seats"));
            }
            vehicles.add(new Vehicle(label, seats, accessible));
        }
        return vehicles;
    }
}
