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
            List.of(
                    JourneyStatus.INTENDING,
                    JourneyStatus.REGISTERED,
                    JourneyStatus.IN_TRANSIT,
                    JourneyStatus.AT_RECEPTION),
            status -> switch (status) {
                case INTENDING -> 35;
                case REGISTERED -> 40;
                case IN_TRANSIT -> 15;
                default -> 10;
            });
    /** A reception plan holds journeys still to come: none has reached a centre yet. */
    private static final WeightedSampler<JourneyStatus> WAITING_STATUSES = WeightedSampler.of(
            List.of(JourneyStatus.INTENDING, JourneyStatus.REGISTERED, JourneyStatus.IN_TRANSIT),
            status -> switch (status) {
                case INTENDING -> 35;
                case REGISTERED -> 40;
                default -> 15;
            });

    static final int PLANNING_HORIZON_DAYS = 30;
    /** Households waiting for a place registered up to two years ago; most of them in the last months. */
    static final int LONGEST_WAIT_DAYS = 720;

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
                yield JourneyPlanner.journey(
                        siteBeforeDeparture(route, random), route, planned, status, registeredOn, null);
            }
            case IN_TRANSIT -> {
                LocalDate registeredOn = today.minusDays(random.nextInt(21));
                LocalDate planned = today.plusDays(random.nextInt(4));
                yield JourneyPlanner.journey(
                        siteBeforeDeparture(route, random), route, planned, status, registeredOn, null);
            }
            default -> {
                // At reception: arrived in the past week, registered on arrival.
                LocalDate arrived = today.minusDays(random.nextInt(8));
                String site = route.returnType() == ReturnType.REFUGEE
                        ? sites.crossing(route.crossingPoint())
                        : sites.communityCentre(route.destinationPcode());
                yield JourneyPlanner.journey(site, route, arrived, status, arrived, null);
            }
        };
    }

    /**
     * A journey of a reception plan: intending or registered with a planned date in the next 30
     * days, or in transit arriving within three days; registered up to two years ago, recent
     * registrations the most common, so that waiting times differ as they do in a real waiting list.
     */
    JourneyPlan planWaitingForReception(JourneyPlanner.Route route, RandomGenerator random) {
        JourneyStatus status = WAITING_STATUSES.sample(random);
        double draw = random.nextDouble();
        int waited = (int) Math.floor(draw * draw * (LONGEST_WAIT_DAYS + 1));
        LocalDate registeredOn = today.minusDays(waited);
        LocalDate planned = status == JourneyStatus.IN_TRANSIT
                ? today.plusDays(random.nextInt(4))
                : today.plusDays(1 + random.nextInt(PLANNING_HORIZON_DAYS));
        return JourneyPlanner.journey(siteBeforeDeparture(route, random), route, planned, status, registeredOn, null);
    }

    private String siteBeforeDeparture(JourneyPlanner.Route route, RandomGenerator random) {
        return route.returnType() == ReturnType.REFUGEE
                ? sites.helpDeskAbroad(route.originCountry(), random)
                : sites.communityCentre(route.originLocation());
    }
}
