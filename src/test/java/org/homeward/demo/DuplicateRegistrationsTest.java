package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.homeward.registry.ReturnType;
import org.junit.jupiter.api.Test;

/** Repeated registrations are held only until due, so memory does not grow with the population. */
class DuplicateRegistrationsTest {

    private static final LocalDate TODAY = GeneratedPopulation.TODAY;

    @Test
    void holdsABoundedNumberOfRegistrationsHoweverManyHouseholdsPass() {
        SubdistrictPopulation places = SubdistrictPopulation.load();
        CrossingChooser crossings = new CrossingChooser();
        RegistrationSites sites = new RegistrationSites(crossings, places);
        DuplicateRegistrations duplicates =
                new DuplicateRegistrations(0.06, new RepeatedRegistrationMaker(sites, new RowRenderer(), TODAY));
        JourneyPlanner journeys = new JourneyPlanner(places, crossings, sites, TODAY);
        HouseholdComposer composer = new HouseholdComposer(new PersonFactory(DemoNames.load()));
        PersonDetails details = new PersonDetails();
        GenerationCell cell = new GenerationCell(
                new ReturnFigure(2024, ReturnType.IDP, "SYR", Long.MAX_VALUE / 2), JourneyOutcome.RETURNED);
        SplittableRandom random = new SplittableRandom(6);

        int households = 60_000;
        int mostWaitingEarly = 0;
        int mostWaitingLate = 0;
        long persons = 0;
        for (int i = 0; i < households; i++) {
            JourneyPlan journey = journeys.plan(cell, random);
            DemoHousehold household = details.complete(
                    journey, composer.compose(ReturnType.IDP, journey.registeredOn(), 40, random), random);
            persons += household.members().size();
            duplicates.consider(household, i, random);
            duplicates.dueAfter(i + 1);
            if (i < households / 2) {
                mostWaitingEarly = Math.max(mostWaitingEarly, duplicates.waitingCount());
            } else {
                mostWaitingLate = Math.max(mostWaitingLate, duplicates.waitingCount());
            }
        }

        assertThat(mostWaitingEarly).isBetween(50, 1_000);
        assertThat(mostWaitingLate).isLessThanOrEqualTo(mostWaitingEarly * 3 / 2);
        assertThat((double) duplicates.personsRegisteredAgain() / persons).isCloseTo(0.06, within(0.002));
        int left = duplicates.remaining().size();
        assertThat(left).isLessThanOrEqualTo(mostWaitingLate);
        assertThat(duplicates.waitingCount()).isZero();
    }
}
