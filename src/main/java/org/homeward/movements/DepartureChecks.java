package org.homeward.movements;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.registry.BirthDate;
import org.homeward.registry.DatePrecision;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.SpecificNeed;
import org.springframework.stereotype.Component;

/**
 * Runs every departure check — this feature's and those other features contribute — on every
 * household of a movement's open manifest. A check that fails to answer counts as red: a household
 * never departs because a rule could not be asked.
 */
@Component
class DepartureChecks {

    static final int ADULT_AGE = 18;
    private static final Set<SpecificNeed> WITHOUT_CAREGIVER =
            Set.of(SpecificNeed.UNACCOMPANIED_CHILD, SpecificNeed.SEPARATED_CHILD);
    private final List<DepartureCheck> checks;
    private final ManifestRepository manifests;
    private final DepartureDecisionRepository decisions;
    private final HouseholdQueries households;

    DepartureChecks(
            List<DepartureCheck> checks,
            ManifestRepository manifests,
            DepartureDecisionRepository decisions,
            HouseholdQueries households) {
        this.checks = List.copyOf(checks);
        this.manifests = manifests;
        this.decisions = decisions;
        this.households = households;
    }

    /** The names of every check that runs, in order. */
    public List<String> names() {
        return checks.stream().map(DepartureCheck::name).toList();
    }

    /** Every check's verdict on every household of the movement's open manifest, as things stand on the day. */
    public List<HouseholdVerdicts> judge(Movement movement, LocalDate judgedOn) {
        Map<UUID, Set<String>> decided = decisions.decidedChecks(movement.id());
        List<HouseholdVerdicts> verdicts = new ArrayList<>();
        for (ManifestHousehold onManifest : manifests.households(movement.id())) {
            if (onManifest.open()) {
                verdicts.add(judge(
                        movement, judgedOn, onManifest, decided.getOrDefault(onManifest.householdId(), Set.of())));
            }
        }
        return verdicts;
    }

    private HouseholdVerdicts judge(
            Movement movement, LocalDate judgedOn, ManifestHousehold onManifest, Set<String> decided) {
        Household household;
        try {
            household = households.find(onManifest.householdId());
        } catch (HouseholdNotFoundException outOfScope) {
            return new HouseholdVerdicts(
                    onManifest.householdId(),
                    null,
                    List.of(CheckVerdict.red("scope", "movements.check.scope.red")),
                    decided);
        }
        DepartureCandidate candidate = candidate(movement, judgedOn, onManifest, household);
        List<CheckVerdict> verdicts = new ArrayList<>();
        for (DepartureCheck check : checks) {
            verdicts.add(ask(check, candidate));
        }
        return new HouseholdVerdicts(household.id(), household.reference(), verdicts, decided);
    }

    private static CheckVerdict ask(DepartureCheck check, DepartureCandidate candidate) {
        try {
            CheckVerdict verdict = check.judge(candidate);
            return verdict == null ? CheckVerdict.red(check.name(), "movements.check.failed") : verdict;
        } catch (RuntimeException failed) {
            return CheckVerdict.red(check.name(), "movements.check.failed");
        }
    }

    static DepartureCandidate candidate(
            Movement movement, LocalDate judgedOn, ManifestHousehold onManifest, Household household) {
        Map<UUID, ManifestPerson> persons = onManifest.persons().stream()
                .collect(Collectors.toMap(ManifestPerson::individualId, Function.identity()));
        List<Traveller> travellers = new ArrayList<>();
        for (Individual member : household.members()) {
            ManifestPerson person = persons.get(member.id());
            Optional<Integer> age = ageOn(member.birthDate(), movement.departsOn());
            boolean adult = age.map(years -> years >= ADULT_AGE).orElse(true);
            boolean withoutCaregiver = !adult && member.specificNeeds().stream().anyMatch(WITHOUT_CAREGIVER::contains);
            // A member registered after the household was put on the manifest has no row: they do not travel.
            travellers.add(new Traveller(
                    member.id(),
                    member.relationship().name(),
                    age,
                    adult,
                    withoutCaregiver,
                    person != null && person.travels()));
        }
        return new DepartureCandidate(
                movement.id(),
                movement.kind(),
                movement.departsOn(),
                judgedOn,
                household.id(),
                onManifest.destinationPcode(),
                travellers);
    }

    /**
     * Whole years on the day. A birth date known to the month or year is stored as the first day of
     * that period, the earliest it can be, so a person is counted adult as soon as they might be one.
     */
    static Optional<Integer> ageOn(BirthDate birthDate, LocalDate day) {
        if (birthDate == null || birthDate.precision() == DatePrecision.UNKNOWN || birthDate.date() == null) {
            return Optional.empty();
        }
        return Optional.of(Math.max(0, Period.between(birthDate.date(), day).getYears()));
    }
}
