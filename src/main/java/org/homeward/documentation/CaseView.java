package org.homeward.documentation;

import java.util.List;

/**
 * A case as its page and the API show it: the case with its chain, each step's definition and
 * deadline, the history, the assignments and reminders, and who it is about.
 *
 * @param person            the member's name (Arabic and Latin) and relationship, or the household's principal
 * @param householdReference the registry's household reference
 */
record CaseView(
        DocumentationCase documentationCase,
        CaseType type,
        CaseTypeChain chain,
        List<StepView> steps,
        List<CaseEvent> history,
        List<CaseAssignment> assignments,
        List<CaseReminder> reminders,
        CasePerson person,
        String householdReference) {

    /** One step with its definition and deadline. */
    public record StepView(CaseStep step, StepDefinition definition, StepDeadline deadline) {}

    /** Who a case is about, without phone or document number. */
    public record CasePerson(String nameArabic, String nameLatin, String relationship, String birthDate) {}
}
