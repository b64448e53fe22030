package org.homeward.documentation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The documentation cases, proposals and work queues as JSON, for case workers. */
@RestController
@RequestMapping("/api/v1/documentation")
@PreAuthorize(DocumentationCaseApiController.CASE_WORKERS)
class DocumentationCaseApiController {

    static final String CASE_WORKERS = "hasAnyRole('DOCUMENTATION_CASE_WORKER','COORDINATOR','ADMIN')";
    private final DocumentationCaseService cases;
    private final CaseWorkflow workflow;
    private final CaseProposalService proposals;

    DocumentationCaseApiController(
            DocumentationCaseService cases, CaseWorkflow workflow, CaseProposalService proposals) {
        this.cases = cases;
        this.workflow = workflow;
        this.proposals = proposals;
    }

    @GetMapping("/case-types")
    List<CaseType> caseTypes() {
        return cases.caseTypes();
    }

    @GetMapping("/cases")
    List<DocumentationCase> queue(@RequestParam(defaultValue = "MINE") String queue) {
        return cases.queue(CaseInput.choice(CaseQueue.class, queue, "queue"));
    }

    @PostMapping("/cases")
    DocumentationCase open(@RequestBody OpenCaseRequest request) {
        return cases.open(request);
    }

    @GetMapping("/cases/{id}")
    CaseView view(@PathVariable UUID id) {
        return cases.view(id);
    }

    @GetMapping("/cases/{id}/history")
    List<CaseEvent> history(@PathVariable UUID id) {
        return cases.history(id);
    }

    @PostMapping("/cases/{id}/status")
    DocumentationCase status(@PathVariable UUID id, @RequestBody CaseStatusRequest request) {
        return workflow.changeStatus(id, request);
    }

    @PostMapping("/cases/{id}/steps/{stepId}")
    DocumentationCase step(@PathVariable UUID id, @PathVariable UUID stepId, @RequestBody StepUpdateRequest request) {
        return workflow.recordStep(id, stepId, request);
    }

    @PostMapping("/cases/{id}/assignment")
    DocumentationCase assign(@PathVariable UUID id, @RequestBody CaseAssignmentRequest request) {
        return cases.assign(id, request);
    }

    @PostMapping("/cases/{id}/notes")
    Map<String, String> note(@PathVariable UUID id, @RequestBody CaseNoteRequest request) {
        cases.note(id, request);
        return Map.of("result", "NOTED");
    }

    @PostMapping("/cases/{id}/reminders")
    Map<String, Long> remind(@PathVariable UUID id, @RequestBody CaseReminderRequest request) {
        return Map.of("reminder", cases.remind(id, request));
    }

    @GetMapping("/deadlines")
    List<StepDeadline> deadlines(@RequestParam(required = false) String worker) {
        return cases.dueSoon(worker);
    }

    @GetMapping("/proposals")
    List<CaseProposal> proposals(
            @RequestParam(required = false) String status, @RequestParam(required = false) UUID household) {
        return proposals.list(status, household);
    }

    @PostMapping("/proposals/{id}/accept")
    DocumentationCase accept(@PathVariable UUID id) {
        return proposals.accept(id);
    }

    @PostMapping("/proposals/{id}/dismiss")
    CaseProposal dismiss(@PathVariable UUID id, @RequestBody ProposalDismissal request) {
        return proposals.dismiss(id, request.reason());
    }

    /** Why a proposal is dismissed. */
    record ProposalDismissal(String reason) {}
}
