package org.homeward.movements;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;
import org.homeward.web.ProblemStatuses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The boarding page at the departure point: a field a USB scanner types the slip into (Enter looks
 * the household up), the household's travellers with a "did not come" box each, and the manifest
 * with who has boarded. Forms work without scripts; htmx swaps only the boarding panel.
 */
@Controller
@PreAuthorize(BoardingRoles.BOARD)
class BoardingPageController {

    private final BoardingService boarding;

    BoardingPageController(BoardingService boarding) {
        this.boarding = boarding;
    }

    @GetMapping("/movements/{id}/boarding")
    String page(@PathVariable String id, Model model) {
        model.addAttribute("sheet", boarding.sheet(id));
        return "boarding/boarding";
    }

    /** The household a scanned slip names, to confirm who boards; a refused slip answers its status with the message. */
    @GetMapping("/movements/{id}/boarding/slip")
    String slip(
            @PathVariable String id,
            @RequestParam(required = false) String scanned,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("movementId", id);
        model.addAttribute("scanned", scanned);
        try {
            model.addAttribute("line", boarding.lookUp(id, scanned));
        } catch (ProblemException refused) {
            response.setStatus(ProblemStatuses.of(refused));
            BoardingRefusals.onThisPage(refused, model);
        }
        return "boarding/chooser :: chooser";
    }

    @PostMapping("/movements/{id}/boarding")
    String board(
            @PathVariable String id,
            @RequestParam(required = false) String scanned,
            @RequestParam(required = false) List<UUID> noShows,
            Principal principal,
            RedirectAttributes redirect) {
        String back = "redirect:/movements/" + BoardingIds.movement(id) + "/boarding";
        try {
            BoardingOutcome outcome = boarding.board(id, new BoardingRequest(scanned, noShows), principal.getName());
            redirect.addFlashAttribute("notice", outcome);
        } catch (BoardingRefusedException refused) {
            if (refused.kind() == ProblemKind.NOT_FOUND) {
                throw refused;
            }
            BoardingRefusals.onNextPage(refused, redirect);
        } catch (ProblemException refused) {
            BoardingRefusals.onNextPage(refused, redirect);
        }
        return back;
    }

    @PostMapping("/movements/{id}/no-show")
    String noShow(
            @PathVariable String id,
            @RequestParam(required = false) String household,
            Principal principal,
            RedirectAttributes redirect) {
        String back = "redirect:/movements/" + BoardingIds.movement(id) + "/boarding";
        try {
            BoardingOutcome outcome = boarding.noShow(id, new BoardingNoShowRequest(household), principal.getName());
            redirect.addFlashAttribute("notice", outcome);
        } catch (BoardingRefusedException refused) {
            if (refused.kind() == ProblemKind.NOT_FOUND) {
                throw refused;
            }
            BoardingRefusals.onNextPage(refused, redirect);
        } catch (ProblemException refused) {
            BoardingRefusals.onNextPage(refused, redirect);
        }
        return back;
    }
}
