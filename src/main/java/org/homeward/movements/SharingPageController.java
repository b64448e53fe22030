package org.homeward.movements;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.access.CurrentAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of sharing agreements: the list with the form an administrator records one with, and a
 * movement's exports for the recipients whose agreement holds today.
 */
@Controller
class SharingPageController {

    private final SharingAgreements agreements;
    private final ManifestReader movements;
    private final CurrentAccess access;
    private final Clock clock;

    SharingPageController(SharingAgreements agreements, ManifestReader movements, CurrentAccess access, Clock clock) {
        this.agreements = agreements;
        this.movements = movements;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/sharing-agreements")
    @PreAuthorize(SharingController.EXPORTERS)
    String list(Model model) {
        model.addAttribute("agreements", agreements.all());
        model.addAttribute("fields", SharingField.values());
        model.addAttribute(
                "kinds", SharingAgreements.RECIPIENT_KINDS.stream().sorted().toList());
        model.addAttribute("today", today());
        return "movements/sharing-agreements";
    }

    @PostMapping("/sharing-agreements")
    @PreAuthorize("hasRole('ADMIN')")
    String record(
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) String recipientKind,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) List<String> fields,
            @RequestParam(required = false) String validFrom,
            @RequestParam(required = false) String validTo,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        SharingAgreementRequest request =
                new SharingAgreementRequest(recipient, recipientKind, purpose, fields, validFrom, validTo);
        try {
            SharingAgreement recorded = agreements.record(request, access.actor());
            redirect.addFlashAttribute("recorded", recorded.recipient());
            return "redirect:/sharing-agreements";
        } catch (InvalidSharingAgreementException invalid) {
            response.setStatus(400);
            model.addAttribute("problems", invalid.fieldProblems());
            model.addAttribute("submitted", request);
            return list(model);
        }
    }

    @GetMapping("/movements/{id}/sharing")
    @PreAuthorize(SharingController.EXPORTERS)
    String movement(@PathVariable String id, Model model) {
        ManifestReader.MovementHeader movement =
                movements.movement(PrintingController.movementId(id)).orElseThrow(ManifestNotFoundException::new);
        model.addAttribute("movement", movement);
        model.addAttribute("agreements", agreements.currentOn(today()));
        return "movements/sharing-movement";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
