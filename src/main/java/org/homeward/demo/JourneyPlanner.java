package org.homeward.demo;

import java.time.LocalDate;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.ReturnType;

/**
 * Plans a household's journey for a generation cell: destination by population, displacement
 * location for IDPs, crossing for refugees, registration site, status and dates.
 */
final class JourneyPlanner {

    /** Most IDPs waiting to return live in the north-west (Idleb, Aleppo) and in the north-east camps. */
    private static final Map<String, Double> DISPLACEMENT_FACTORS = Map.of("SY07", 6.0, "SY02", 2.0, "SY08", 1.5);

    private static final int TRIES_FOR_ANOTHER_PLACE = 20;

    private final SubdistrictPopulation places;
    private final WeightedSampler<PopulatedSubdistrict> displacementLocations;
    private final CrossingChooser crossings;
    private final RegistrationSites sites;
    private final PendingJourneys pendingJourneys;
    private final LocalDate today;

    JourneyPlanner(SubdistrictPopulation places, CrossingChooser crossings, RegistrationSites sites, LocalDate today) {
        this.places = places;
        this.displacementLocations = places.weightedBy(subdistrict ->
                subdistrict.population() * DISPLACEMENT_FACTORS.getOrDefault(subdistrict.governoratePcode(), 1.0));
        this.crossings = crossings;
        this.sites = sites;
        this.pendingJourneys = new PendingJourneys(sites, today);
        this.today = today;
    }

    JourneyPlan plan(GenerationCell cell, RandomGenerator random) {
        Route route = route(cell, random);
        return switch (cell.outcome()) {
            case RETURNED -> returned(cell, route, random);
            case WITHDRAWN -> withdrawn(cell, route, random);
            case PENDING -> pendingJourneys.plan(cell, route, random);
            case WAITING_FOR_RECEPTION -> pendingJourneys.planWaitingForReception(route, random);
        };
    }

    /** Where a journey starts, crosses and ends. */
    record Route(
            ReturnType returnType,
            String originCountry,
            String originLocation,
            String crossingPoint,
            String destinationPcode) {}

    private Route route(GenerationCell cell, RandomGenerator random) {
        PopulatedSubdistrict destination = places.sampleByPopulation(random);
        if (cell.returnType() == ReturnType.IDP) {
            PopulatedSubdistrict origin = displacementLocations.sample(random);
            for (int i = 0; i < TRIES_FOR_ANOTHER_PLACE && origin.equals(destination); i++) {
                origin = displacementLocations.sample(random);
            }
            return new Route(ReturnType.IDP, null, origin.pcode(), null, destination.pcode());
        }
        String crossing = crossings.choose(cell.countryOfAsylum(), destination, random);
        return new Route(ReturnType.REFUGEE, cell.countryOfAsylum(), null, crossing, destination.pcode());
    }

    private JourneyPlan returned(GenerationCell cell, Route route, RandomGenerator random) {
        LocalDate returnedOn = dayInYear(cell.year(), random);
        boolean registeredBefore = random.nextDouble() < (route.returnType() == ReturnType.REFUGEE ? 0.25 : 0.4);
        if (registeredBefore) {
            LocalDate planned = returnedOn.minusDays(random.nextInt(3));
            LocalDate registeredOn = planned.minusDays(3 + random.nextInt(60));
            String site = route.returnType() == ReturnType.REFUGEE
                    ? sites.helpDeskAbroad(route.originCountry(), random)
                    : sites.communityCentre(route.originLocation());
            return journey(site, route, planned, JourneyStatus.RETURNED_HOME, registeredOn, returnedOn);
        }
        if (route.returnType() == ReturnType.REFUGEE && random.nextDouble() < 0.8) {
            // Registered while crossing; home within a few days.
            LocalDate registeredOn = max(returnedOn.minusDays(random.nextInt(3)), LocalDate.of(cell.year(), 1, 1));
            return journey(
                    sites.crossing(route.crossingPoint()),
                    route,
                    null,
                    JourneyStatus.RETURNED_HOME,
                    registeredOn,
                    returnedOn);
        }
        LocalDate registeredOn = min(returnedOn.plusDays(random.nextInt(31)), today.minusDays(1));
        String site = random.nextDouble() < 0.75
                ? sites.communityCentre(route.destinationPcode())
                : sites.mobileTeam(route.destinationPcode());
        return journey(site, route, null, JourneyStatus.RETURNED_HOME, registeredOn, returnedOn);
    }

    private JourneyPlan withdrawn(GenerationCell cell, Route route, RandomGenerator random) {
        LocalDate registeredOn = dayInYear(cell.year(), random);
        LocalDate planned = registeredOn.plusDays(7 + random.nextInt(60));
        String site = route.returnType() == ReturnType.REFUGEE
                ? sites.helpDeskAbroad(route.originCountry(), random)
                : sites.communityCentre(route.originLocation());
        return journey(site, route, planned, JourneyStatus.WITHDRAWN, registeredOn, null);
    }

    /** A day of the year, no later than yesterday. */
    private LocalDate dayInYear(int year, RandomGenerator random) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = min(LocalDate.of(year, 12, 31), today.minusDays(1));
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }

    static JourneyPlan journey(
            String site,
            Route route,
            LocalDate planned,
            JourneyStatus status,
            LocalDate registeredOn,
            LocalDate returnedOn) {
        return new JourneyPlan(
                site,
                route.returnType(),
                route.originCountry(),
                route.originLocation(),
                route.crossingPoint(),
                route.destinationPcode(),
                planned,
                status,
                registeredOn,
                returnedOn);
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
