package org.homeward.movements;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.movements.scheduling.ReadyHousehold;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.JourneyStatus;
import org.springframework.stereotype.Component;

/**
 * Finds the households a plan's week may take: those whose latest intention reaches the week, from a
 * country the plan has targets for, in the caller's scope, on no movement yet, whose journey has not
 * begun and names a destination, and whose every member who decides for themselves has a standing
 * voluntariness record (a child on their own with a best-interests assessment in favour of return).
 * Those intending but not ready are named with the reason, so a coordinator sees what is missing.
 */
@Component
class ReadyHouseholdFinder {

    /**
     * What was found: who is ready (and each ready household as read in the caller's scope), every
     * household's reference, and who intends to go but is not ready.
     */
    record Found(
            List<ReadyHousehold> ready,
            Map<UUID, Household> readHouseholds,
            Map<UUID, String> references,
            List<SchedulePreview.LeftOver> notReady) {}

    private static final int CHUNK = 1_000;
    private final ScheduleRepository repository;
    private final HouseholdQueries households;
    private final VoluntarinessRecords voluntariness;

    ReadyHouseholdFinder(
            ScheduleRepository repository, HouseholdQueries households, VoluntarinessRecords voluntariness) {
        this.repository = repository;
        this.households = households;
        this.voluntariness = voluntariness;
    }

    Found find(Set<String> countries, LocalDate weekStartsOn, LocalDate weekEndsOn) {
        List<ScheduleRepository.Intending> intending = repository.intending(countries, weekStartsOn, weekEndsOn);
        List<ReadyHousehold> ready = new ArrayList<>();
        Map<UUID, Household> readHouseholds = new HashMap<>();
        Map<UUID, String> references = new HashMap<>();
        List<SchedulePreview.LeftOver> notReady = new ArrayList<>();
        for (int from = 0; from < intending.size(); from += CHUNK) {
            List<ScheduleRepository.Intending> chunk =
                    intending.subList(from, Math.min(intending.size(), from + CHUNK));
            Map<UUID, Household> found = new LinkedHashMap<>();
            chunk.forEach(candidate ->
                    inScope(candidate.householdId()).ifPresent(household -> found.put(household.id(), household)));
            Map<UUID, VoluntarinessRecord> records = currentRecords(found.values());
            for (ScheduleRepository.Intending candidate : chunk) {
                Household household = found.get(candidate.householdId());
                if (household == null) {
                    continue;
                }
                references.put(household.id(), household.reference());
                Optional<String> missing = whatIsMissing(household, countries, records, weekEndsOn);
                if (missing.isPresent()) {
                    notReady.add(new SchedulePreview.LeftOver(household.reference(), missing.get()));
                } else {
                    ready.add(ready(household, candidate.statedOn()));
                    readHouseholds.put(household.id(), household);
                }
            }
        }
        return new Found(ready, readHouseholds, references, notReady);
    }

    /** The household when it is in the caller's scope; others are not the caller's to schedule, nor to see. */
    private Optional<Household> inScope(UUID householdId) {
        return households.findInScope(householdId);
    }

    private Map<UUID, VoluntarinessRecord> currentRecords(Collection<Household> found) {
        List<UUID> members = found.stream()
                .flatMap(household -> household.members().stream())
                .map(Individual::id)
                .toList();
        Map<UUID, VoluntarinessRecord> records = new HashMap<>();
        voluntariness.currentOf(members).forEach(record -> records.put(record.individualId(), record));
        return records;
    }

    /** Why the household cannot be scheduled yet, if anything keeps it. */
    private static Optional<String> whatIsMissing(
            Household household, Set<String> countries, Map<UUID, VoluntarinessRecord> records, LocalDate weekEndsOn) {
        JourneyStatus status = household.journey().status();
        if (status != JourneyStatus.INTENDING && status != JourneyStatus.REGISTERED) {
            return Optional.of("JOURNEY_NOT_READY");
        }
        String destination = household.journey().destinationPcode();
        if (destination == null || destination.isBlank()) {
            return Optional.of("DESTINATION_MISSING");
        }
        if (!countries.contains(country(household))) {
            return Optional.of("COUNTRY_OUTSIDE_PLAN");
        }
        int deciding = 0;
        for (Individual member : household.members()) {
            Optional<VoluntarinessBasis> basis = VoluntarinessEligibility.basisOf(member, weekEndsOn);
            if (basis.isEmpty()) {
                continue;
            }
            deciding++;
            VoluntarinessRecord record = records.get(member.id());
            if (record == null) {
                return Optional.of("VOLUNTARINESS_MISSING");
            }
            if (record.basis().needsBestInterests()
                    && record.bestInterestsOutcome() != BestInterestsOutcome.RETURN_IN_BEST_INTERESTS) {
                return Optional.of("BEST_INTERESTS_MISSING");
            }
        }
        return deciding == 0 ? Optional.of("NOBODY_DECIDING") : Optional.empty();
    }

    private static ReadyHousehold ready(Household household, LocalDate intendedSince) {
        int needing = (int) household.members().stream()
                .filter(ManifestRules::needsAccessibleSeat)
                .count();
        String crossing = household.journey().crossingPoint() == null
                ? ""
                : PlanTargetRules.upper(household.journey().crossingPoint());
        return new ReadyHousehold(
                household.id(),
                country(household),
                crossing,
                household.members().size(),
                needing,
                intendedSince,
                LocalDate.ofInstant(household.registeredAt(), ZoneOffset.UTC),
                household.reference());
    }

    private static String country(Household household) {
        return PlanTargetRules.upper(household.journey().originCountry());
    }
}
