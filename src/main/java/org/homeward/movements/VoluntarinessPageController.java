package org.homeward.movements;

import java.util.UUID;
import java.util.function.Supplier;
import org.homeward.problems.ProblemKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voluntariness page of a household: each member who decides for themselves, the destination
 * briefing, a form per person, withdrawal and re-confirmation; and the protection review queue.
 * A refused form comes back to the page with its reasons beside the person's form.
 */
@Controller
@RequestMapping("/voluntariness")
class VoluntarinessPageController {

    private final VoluntarinessReader reader;
    private final VoluntarinessService voluntariness;
    private final VoluntarinessReconfirmations reconfirmations;
    private final ProtectionReviewQueue queue;
    private final VoluntarinessMovements movements;

    VoluntarinessPageController(
            VoluntarinessReader reader,
            VoluntarinessService voluntariness,
            VoluntarinessReconfirmations reconfirmations,
            ProtectionReviewQueue queue,
            VoluntarinessMovements movements) {
        this.movements = movements;
        this.reader = reader;
        this.voluntariness = voluntariness;
        this.reconfirmations = reconfirmations;
        this.queue = queue;
    }

    @GetMapping("/households/{id}")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    String household(@PathVariable UUID id, Model model) {
        model.addAttribute("household", reader.view(id));
        // Read after the view, which answers 404 for a household outside the caller's scope.
        model.addAttribute(
                "plannedMovement", movements.plannedFor(id).map(UUID::toString).orElse(""));
        model.addAttribute("placeTypes", VoluntarinessPlaceType.values());
        model.addAttribute("outcomes", BestInterestsOutcome.values());
        model.addAttribute("protection", ProtectionRoles.mayReadProtectionData());
        return "voluntariness/household";
    }

    @PostMapping("/households/{id}/members/{memberId}/record")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    String record(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @ModelAttribute RecordVoluntarinessRequest request,
            RedirectAttributes redirect) {
        return attempt(id, memberId, "recorded", redirect, () -> voluntariness.record(id, memberId, request));
    }

    @PostMapping("/households/{id}/members/{memberId}/withdraw")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    String withdraw(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return attempt(
                id,
                memberId,
                "withdrawn",
                redirect,
                () -> voluntariness.withdraw(id, memberId, new WithdrawVoluntarinessRequest(reason)));
    }

    @PostMapping("/households/{id}/members/{memberId}/reconfirm")
    @PreAuthorize(ProtectionRoles.VOLUNTARINESS_OFFICERS)
    String reconfirm(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String movementId,
            RedirectAttributes redirect) {
        return attempt(
                id,
                memberId,
                "reconfirmed",
                redirect,
                () -> reconfirmations.reconfirm(id, memberId, new ReconfirmVoluntarinessRequest(movementId)));
    }

    @GetMapping("/protection")
    @PreAuthorize(ProtectionRoles.PROTECTION_REVIEWERS)
    String protection(@RequestParam(defaultValue = "false") boolean reviewed, Model model) {
        model.addAttribute("signals", queue.signals(reviewed));
        model.addAttribute("outcomes", ProtectionReviewOutcome.values());
        model.addAttribute("reviewed", reviewed);
        return "voluntariness/protection";
    }

    @PostMapping("/protection/{signalId}/review")
    @PreAuthorize(ProtectionRoles.PROTECTION_REVIEWERS)
    String review(
            @PathVariable String signalId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            queue.review(signalId, new ProtectionReviewRequest(outcome, note));
            redirect.addFlashAttribute("done", "reviewed");
        } catch (VoluntarinessException refused) {
            if (refused.kind() == ProblemKind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/voluntariness/protection";
    }

    /** Does the work, or brings its refusal back to the page beside the person's form (a missing household stays a 404). */
    private static String attempt(UUID id, UUID memberId, String done, RedirectAttributes redirect, Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("done", done);
        } catch (VoluntarinessException refused) {
            if (refused.kind() == ProblemKind.NOT_FOUND) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", refused.getMessage());
            redirect.addFlashAttribute("problemCode", refused.code().name());
            redirect.addFlashAttribute("problemFields", refused.fieldProblems());
        }
        redirect.addFlashAttribute("member", memberId.toString());
        return "redirect:/voluntariness/households/" + id;
    }
}
