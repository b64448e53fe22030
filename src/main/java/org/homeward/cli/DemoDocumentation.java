package org.homeward.cli;

import java.time.LocalDate;
import java.util.List;
import org.homeward.documentation.CaseStatusRequest;
import org.homeward.documentation.CaseWorkflow;
import org.homeward.documentation.DocumentationCase;
import org.homeward.documentation.DocumentationCaseService;
import org.homeward.documentation.OpenCaseRequest;
import org.homeward.documentation.StepUpdateRequest;
import org.homeward.registry.Household;
import org.springframework.context.ApplicationContext;

/**
 * The civil-documentation cases of the demo's families, worked by the field office: a son born
 * in Lebanon whose birth is being registered in Syria (certificate legalised, the civil registry
 * entry waiting for the family booklet), a father's lost identity card whose application has been
 * submitted, and a case just opened for a child who leaves today.
 */
final class DemoDocumentation {

    private DemoDocumentation() {}

    static void record(
            ApplicationContext context, DemoStory story, Household returned, Household arrived, Household leaving) {
        DocumentationCaseService cases = context.getBean(DocumentationCaseService.class);
        CaseWorkflow workflow = context.getBean(CaseWorkflow.class);
        LocalDate today = story.today();
        DocumentationCase birth = open(story, cases, returned, 2, "BIRTH_REGISTRATION_SYRIA", today.minusMonths(6));
        step(
                story,
                workflow,
                birth,
                0,
                new StepUpdateRequest(
                        "DONE",
                        List.of("FOREIGN_BIRTH_CERTIFICATE", "TRANSLATION"),
                        null,
                        "Legalised by the consulate"),
                today.minusMonths(5));
        step(
                story,
                workflow,
                birth,
                1,
                new StepUpdateRequest("PENDING", List.of("LEGALISED_CERTIFICATE"), null, null),
                today.minusMonths(4));

        DocumentationCase identity = open(story, cases, arrived, 0, "NATIONAL_ID_REPLACEMENT", today.minusDays(20));
        step(
                story,
                workflow,
                identity,
                0,
                new StepUpdateRequest(
                        "DONE",
                        List.of("CIVIL_EXTRACT", "PHOTOGRAPHS"),
                        null,
                        "Loss reported at the police of the district"),
                today.minusDays(15));
        step(
                story,
                workflow,
                identity,
                1,
                new StepUpdateRequest("DONE", List.of("LOSS_REPORT", "FINGERPRINTS"), null, null),
                today.minusDays(6));
        story.timeline()
                .at(
                        story.moment(today.minusDays(6), 13, 0),
                        () -> DemoOfficers.as(
                                DemoOfficers.RECORDER,
                                () -> workflow.changeStatus(
                                        identity.id(),
                                        new CaseStatusRequest("SUBMITTED", "Sent to the civil registry"))));

        open(story, cases, leaving, 2, "BIRTH_REGISTRATION_SYRIA", today.minusDays(6));
    }

    private static DocumentationCase open(
            DemoStory story,
            DocumentationCaseService cases,
            Household household,
            int member,
            String caseType,
            LocalDate on) {
        return story.timeline()
                .at(
                        story.moment(on, 12, 0),
                        () -> DemoOfficers.as(
                                DemoOfficers.RECORDER,
                                () -> cases.open(new OpenCaseRequest(
                                        household.id(),
                                        household.members().get(member).id(),
                                        caseType,
                                        "SYR",
                                        null))));
    }

    private static void step(
            DemoStory story,
            CaseWorkflow workflow,
            DocumentationCase opened,
            int step,
            StepUpdateRequest update,
            LocalDate on) {
        story.timeline()
                .at(
                        story.moment(on, 12, 30),
                        () -> DemoOfficers.as(
                                DemoOfficers.RECORDER,
                                () -> workflow.recordStep(
                                        opened.id(), opened.steps().get(step).id(), update)));
    }
}
