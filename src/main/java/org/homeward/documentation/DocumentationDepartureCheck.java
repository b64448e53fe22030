package org.homeward.documentation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.movements.CheckVerdict;
import org.homeward.movements.DepartureCandidate;
import org.homeward.movements.DepartureCheck;
import org.homeward.movements.Traveller;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Component;

/**
 * The documentation check before an organised movement: a child entering Syria needs a birth
 * certificate and a parent or guardian. A travelling child whose birth case is unfinished, or who
 * has neither a recorded birth certificate nor an issued birth case, or who travels without an
 * adult of the household, is amber with the reason.
 */
@Component
class DocumentationDepartureCheck implements DepartureCheck {

    static final String NAME = "documentation";
    private static final Set<String> BIRTH_CASES = Set.of("BIRTH_ABROAD", "BIRTH_REGISTRATION_SYRIA");
    private final DocumentationCaseRepository cases;
    private final HouseholdQueries households;

    DocumentationDepartureCheck(DocumentationCaseRepository cases, HouseholdQueries households) {
        this.cases = cases;
        this.households = households;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        List<Traveller> children = candidate.travelling().stream()
                .filter(traveller -> !traveller.adult())
                .toList();
        if (children.isEmpty()) {
            return CheckVerdict.green(NAME, "documentation.check.noChildren");
        }
        boolean adultTravels = candidate.travelling().stream().anyMatch(Traveller::adult);
        for (Traveller child : children) {
            String age = child.ageOnDeparture().map(String::valueOf).orElse("?");
            if (child.unaccompanied() || !adultTravels) {
                return CheckVerdict.amber(NAME, "documentation.check.noGuardian", child.relationship(), age);
            }
        }
        List<DocumentationCase> birthCases =
                cases
                        .ofIndividuals(
                                children.stream().map(Traveller::individualId).toList())
                        .stream()
                        .filter(found -> BIRTH_CASES.contains(found.caseType()))
                        .toList();
        Optional<Household> household = household(candidate.householdId());
        for (Traveller child : children) {
            String age = child.ageOnDeparture().map(String::valueOf).orElse("?");
            List<DocumentationCase> own = birthCases.stream()
                    .filter(found -> found.individualId().equals(child.individualId()))
                    .toList();
            Optional<DocumentationCase> unfinished = own.stream()
                    .filter(found -> !"ISSUED".equals(found.outcome()) && found.status() != CaseStatus.CLOSED)
                    .findFirst();
            if (unfinished.isPresent()) {
                return CheckVerdict.amber(
                        NAME,
                        "documentation.check.birthCaseOpen",
                        child.relationship(),
                        age,
                        Long.toString(unfinished.get().requiredStepsDone()),
                        Long.toString(unfinished.get().requiredSteps()));
            }
            boolean issued = own.stream().anyMatch(found -> "ISSUED".equals(found.outcome()));
            if (!issued && !certificateRecorded(household, child.individualId())) {
                return CheckVerdict.amber(NAME, "documentation.check.noBirthCertificate", child.relationship(), age);
            }
        }
        return CheckVerdict.green(NAME, "documentation.check.childrenDocumented", Integer.toString(children.size()));
    }

    /** The household as the checker may see it; a household outside their scope is judged on cases alone. */
    private Optional<Household> household(UUID householdId) {
        try {
            return Optional.of(households.find(householdId));
        } catch (HouseholdNotFoundException outOfScope) {
            return Optional.empty();
        }
    }

    private static boolean certificateRecorded(Optional<Household> household, UUID individualId) {
        return household
                .flatMap(found -> found.members().stream()
                        .filter(member -> member.id().equals(individualId))
                        .findFirst())
                .map(Individual::documentType)
                .filter(type -> type == DocumentType.BIRTH_CERTIFICATE
                        || type == DocumentType.PASSPORT
                        || type == DocumentType.NATIONAL_ID)
                .isPresent();
    }
}
