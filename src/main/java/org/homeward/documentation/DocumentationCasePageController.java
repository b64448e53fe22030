package org.homeward.documentation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The case worker's pages: the work queue with proposals and deadlines, and the page of one case. */
@Controller
@RequestMapping("/documentation")
@PreAuthorize(DocumentationCaseApiController.CASE_WORKERS)
class DocumentationCasePageController {

    private final DocumentationCaseService cases;
    private final CaseWorkflow workflow;
    private final CaseProposalService proposals;
    private final CaseTypeCatalogue catalogue;
    private final CaseDeadlines deadlines;
    private final EvidenceService evidence;
    private final MessageSource messages;

    DocumentationCasePageController(
            DocumentationCaseService cases,
            CaseWorkflow workflow,
            CaseProposalService proposals,
            CaseTypeCatalogue catalogue,
            CaseDeadlines deadlines,
            EvidenceService evidence,
            MessageSource messages) {
        this.evidence = evidence;
        this.cases = cases;
        this.workflow = workflow;
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.messages = messages;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "MINE") String queue, Model model) {
        CaseQueue chosen = CaseInput.choice(CaseQueue.class, queue, "queue");
        model.addAttribute("queue", chosen.name());
        model.addAttribute("cases", cases.queue(chosen));
        model.addAttribute("due", cases.dueSoon(null));
        model.addAttribute("reminders", cases.remindersDue());
        model.addAttribute("proposals", proposals.list(null, null));
        model.addAttribute("catalogue", catalogue);
        model.addAttribute("words", new CaseWords(deadlines, messages));
        return "documentation/queue";
    }

    @PostMapping("/proposals/{id}/accept")
    String accept(@PathVariable UUID id) {
        return "redirect:/documentation/cases/" + proposals.accept(id).id();
    }

    @PostMapping("/proposals/{id}/dismiss")
    String dismiss(@PathVariable UUID id, @RequestParam(required = false) String reason) {
        proposals.dismiss(id, reason);
        return "redirect:/documentation";
    }

    @GetMapping("/cases/{id}")
    String view(@PathVariable UUID id, Model model) {
        model.addAttribute("view", cases.view(id));
        model.addAttribute(
                "evidence",
                evidence.ofCase(id).stream()
                        .filter(file -> file.stepId() != null)
                        .collect(Collectors.groupingBy(EvidenceFile::stepId)));
        model.addAttribute("words", new CaseWords(deadlines, messages));
        return "documentation/case";
    }

    /** A scanned document uploaded at a step of the case; a refused file is shown at its step, in the page's language. */
    @PostMapping("/cases/{id}/steps/{stepId}/evidence")
    String addEvidence(
            @PathVariable UUID id,
            @PathVariable UUID stepId,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            Model model) {
        DocumentationCase found = cases.find(id).orElseThrow(CaseNotFoundException::caseNotFound);
        try {
            evidence.add(found.householdId(), EvidenceUploads.read(file, title, id, stepId));
            return back(id) + "?evidenceAdded=" + stepId;
        } catch (EvidenceRefusedException refused) {
            model.addAttribute("evidenceProblem", refused);
            model.addAttribute("evidenceProblemStep", stepId);
            return view(id, model);
        }
    }

    @PostMapping("/cases/{id}/status")
    String status(@PathVariable UUID id, @ModelAttribute CaseStatusRequest request) {
        workflow.changeStatus(id, request);
        return back(id);
    }

    @PostMapping("/cases/{id}/steps/{stepId}")
    String step(
            @PathVariable UUID id,
            @PathVariable UUID stepId,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) List<String> evidence,
            @RequestParam(required = false) String completedOn,
            @RequestParam(required = false) String note) {
        workflow.recordStep(id, stepId, new StepUpdateRequest(status, evidence, completedOn, note));
        return back(id);
    }

    @PostMapping("/cases/{id}/assignment")
    String assign(@PathVariable UUID id, @ModelAttribute CaseAssignmentRequest request) {
        cases.assign(id, request);
        return back(id);
    }

    @PostMapping("/cases/{id}/notes")
    String note(@PathVariable UUID id, @ModelAttribute CaseNoteRequest request) {
        cases.note(id, request);
        return back(id);
    }

    @PostMapping("/cases/{id}/reminders")
    String remind(@PathVariable UUID id, @ModelAttribute CaseReminderRequest request) {
        cases.remind(id, request);
        return back(id);
    }

    @PostMapping("/cases/{id}/reminders/{reminderId}/done")
    String reminderDone(@PathVariable UUID id, @PathVariable long reminderId) {
        cases.reminderDone(id, reminderId);
        return back(id);
    }

    private static String back(UUID id) {
        return "redirect:/documentation/cases/" + id;
    }
}
