package org.homeward.movements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.problems.ProblemCode;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.ImportProblem;
import org.homeward.registry.ReferenceMistypedException;
import org.homeward.registry.RegistryProblemCode;
import org.springframework.stereotype.Component;

/**
 * The stage of a survey import that finds each answer's household in the registry, within the
 * importing user's scope: by its reference (either form the registry accepts) when the row has one,
 * else by a member's document number. A reference that names no household, a document number that
 * names none or several, are reported; nothing is guessed.
 */
@Component
class SurveyHouseholdMatcher {

    private final HouseholdQueries households;

    SurveyHouseholdMatcher(HouseholdQueries households) {
        this.households = households;
    }

    /** An answer with the household it is about. */
    record Matched(SurveyAnswer answer, UUID householdId, String asylumCountry, int persons, boolean byReference) {}

    List<Matched> match(
            List<SurveyAnswer> answers,
            Map<IntentionField, SurveyHeader.Located> columns,
            List<ImportProblem> problems) {
        Map<String, Lookup> byReference = new HashMap<>();
        Set<String> documents = new LinkedHashSet<>();
        answers.stream()
                .filter(answer -> answer.reference().isEmpty())
                .forEach(answer -> documents.add(answer.documentNumber()));
        Map<String, List<UUID>> byDocument =
                documents.isEmpty() ? Map.of() : households.findByDocumentNumbers(documents, "intention survey import");
        Map<UUID, Household> found = new HashMap<>();
        List<Matched> matched = new ArrayList<>();
        for (SurveyAnswer answer : answers) {
            if (!answer.reference().isEmpty()) {
                Lookup lookup = byReference.computeIfAbsent(answer.reference(), this::byReference);
                if (lookup.household().isPresent()) {
                    matched.add(matched(answer, lookup.household().get(), true));
                } else {
                    problems.add(new ImportProblem(
                            answer.row(), name(columns, IntentionField.REFERENCE), lookup.code(), lookup.message()));
                }
                continue;
            }
            List<UUID> ids = byDocument.getOrDefault(answer.documentNumber(), List.of());
            String column = name(columns, IntentionField.DOCUMENT_NUMBER);
            if (ids.isEmpty()) {
                problems.add(new ImportProblem(
                        answer.row(),
                        column,
                        RegistryProblemCode.HOUSEHOLD_NOT_FOUND,
                        "No household in your scope has a member with this document number"));
            } else if (ids.size() > 1) {
                problems.add(new ImportProblem(
                        answer.row(),
                        column,
                        MovementsProblemCode.DOCUMENT_AMBIGUOUS,
                        "Members of " + ids.size()
                                + " households hold this document number: give the household reference"));
            } else {
                matched.add(matched(answer, found.computeIfAbsent(ids.get(0), households::find), false));
            }
        }
        return matched;
    }

    /** What looking a reference up found: the household, or the problem's code and message. */
    private record Lookup(Optional<Household> household, ProblemCode code, String message) {}

    private Lookup byReference(String reference) {
        try {
            return new Lookup(Optional.of(households.findByReference(reference)), null, null);
        } catch (ReferenceMistypedException mistyped) {
            return new Lookup(
                    Optional.empty(), mistyped.code(), "This reference is mistyped: its check character does not hold");
        } catch (HouseholdNotFoundException notFound) {
            return new Lookup(Optional.empty(), notFound.code(), "No household in your scope has this reference");
        }
    }

    private static Matched matched(SurveyAnswer answer, Household household, boolean byReference) {
        return new Matched(
                answer,
                household.id(),
                household.journey().originCountry(),
                household.members().size(),
                byReference);
    }

    private static String name(Map<IntentionField, SurveyHeader.Located> columns, IntentionField field) {
        SurveyHeader.Located column = columns.get(field);
        return column == null ? "" : column.name();
    }
}
