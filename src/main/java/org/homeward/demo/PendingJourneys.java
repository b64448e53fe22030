package org.homeward.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.ReturnType;

/**
 * Plans the journeys still under way today: intending and registered households with a planned
 * date in the next 30 days, households in transit arriving within days, and households at a
 * reception centre. Reception forecasting reads these.
 */
final class PendingJourneys {

    private static final WeightedSampler<JourneyStatus> STATUSES = WeightedSampler.of(
            List.of(JourneyStatus.INTENDING, JourneyStatus.REGISTERED, JourneyStatus.IN_TRANSIT,
                    JourneyStatus.AT_RECEPTION),
            status -> switch (status) {
                case INTENDING -> 35;
                case REGISTERED -> 40;
                case IN_TRANSIT -> 15;
                default -> 10;
            });
    static final int PLANNING_HORIZON_DAYS = 30;

    private final RegistrationSites sites;
    private final LocalDate today;

    PendingJourneys(RegistrationSites sites, LocalDate today) {
        this.sites = sites;
        this.today = today;
    }

    JourneyPlan plan(GenerationCell cell, JourneyPlanner.Route route, RandomGenerator random) {
        JourneyStatus status = STATUSES.sample(random);
        return switch (status) {
            case INTENDING, REGISTERED -> {
                LocalDate registeredOn = today.minusDays(random.nextInt(61));
                LocalDate planned = today.plusDays(1 + random.nextInt(PLANNING_HORIZON_DAYS));
                yield JourneyPlanner.journey(siteBeforeDeparture(route, random), route, planned, status, registeredOn,
                        null);
            }
            case IN_TRANSIT -> {
                LocalDate registeredOn = today.minusDays(random.nextInt(21));
                LocalDate planned = today.plusDays(random.nextInt(4));
                yield JourneyPlanner.journey(siteBeforeDeparture(route, random), route, planned, status, registeredOn,
                        null);
            }
            default -> {
                // At reception: arrived in the past week, registered on arrival.
                LocalDate arrived = today.minusDays(random.nextInt(8));
                String site = route.returnType() == ReturnType.REFUGEE ? sites.crossing(route.crossingPoint())
                        : sites.communityCentre(route.destinationPcode());
                yield JourneyPlanner.journey(site, route, arrived, status, arrived, null);
            }
        };
    }

    private String siteBeforeDeparture(JourneyPlanner.Route route, RandomGenerator random) {
        return route.returnType() == ReturnType.REFUGEE ? sites.helpDeskAbroad(route.originCountry(), random)
                : sites.communityCentre(route.originLocation());
    }
}
