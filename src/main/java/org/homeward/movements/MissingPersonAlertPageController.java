package org.homeward.movements;

import java.security.Principal;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinators' queue of persons missing on arrival, each with a form to resolve it. */
@Controller
@PreAuthorize(BoardingRoles.COORDINATE)
class MissingPersonAlertPageController {

    private final MissingPersonAlertService alerts;

    MissingPersonAlertPageController(MissingPersonAlertService alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/movement-alerts")
    String queue(@RequestParam(defaultValue = "OPEN") String status, Model model) {
        String shown = "RESOLVED".equalsIgnoreCase(status) ? "RESOLVED" : "OPEN";
        model.addAttribute("status", shown);
        model.addAttribute("alerts", alerts.queue(shown));
        return "boarding/alerts";
    }

    @PostMapping("/movement-alerts/{id}/resolve")
    String resolve(
            @PathVariable String id,
            @RequestParam(required = false) String note,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            alerts.resolve(id, new MissingPersonResolution(note), principal.getName());
            redirect.addFlashAttribute("notice", "resolved");
        } catch (BoardingRefusedException refused) {
            if (refused.kind() == ProblemKind.NOT_FOUND) {
                throw refused;
            }
            BoardingRefusals.onNextPage(refused, redirect);
        } catch (ProblemException refused) {
            BoardingRefusals.onNextPage(refused, redirect);
        }
        return "redirect:/movement-alerts";
    }
}
