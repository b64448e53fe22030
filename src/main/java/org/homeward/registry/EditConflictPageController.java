package org.homeward.registry;

import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisors' page of conflicts left by offline edits: each with the value at the edit's base,
 * the value now and the device's side by side, and a form to keep one or type a corrected value.
 */
@Controller
class EditConflictPageController {

    private final EditConflicts conflicts;
    private final ProblemLabels labels;

    EditConflictPageController(EditConflicts conflicts, ProblemLabels labels) {
        this.conflicts = conflicts;
        this.labels = labels;
    }

    @GetMapping("/edit-conflicts")
    String list(Model model) {
        model.addAttribute("conflicts", conflicts.open());
        return "households/conflicts";
    }

    @PostMapping("/edit-conflicts/{conflictId}")
    String resolve(
            @PathVariable long conflictId,
            @RequestParam(required = false) String choice,
            @RequestParam(required = false) String value,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            conflicts.resolve(conflictId, choice, value, principal.getName());
            redirect.addFlashAttribute("resolved", conflictId);
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("failed", conflictId);
            redirect.addFlashAttribute("problems", labels.of(invalid.problems(), locale));
        } catch (StaleHouseholdException stale) {
            redirect.addFlashAttribute("failed", conflictId);
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/edit-conflicts";
    }
}
