package org.homeward.movements;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
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

/**
 * The reconciliation page at the crossing or reception: who boarded against who arrived, per
 * person, a box per person on board (ticked: arrived), and the alerts raised for those missing.
 */
@Controller
@PreAuthorize(BoardingRoles.RECORD_ARRIVAL)
class ArrivalPageController {

    private final ArrivalService arrivals;

    ArrivalPageController(ArrivalService arrivals) {
        this.arrivals = arrivals;
    }

    @GetMapping("/movements/{id}/arrival")
    String page(@PathVariable String id, Model model) {
        model.addAttribute("view", arrivals.reconciliation(id));
        return "boarding/arrival";
    }

    /**
     * Closes the arrival. Everyone left unticked is marked missing and raises an alert, so when anyone
     * would be, the post must carry the number of missing people the officer confirmed; without it the
     * page asks, with the boxes as they were ticked, and nothing is closed.
     */
    @PostMapping("/movements/{id}/arrival")
    String close(
            @PathVariable String id,
            @RequestParam(required = false) List<UUID> arrived,
            @RequestParam(required = false) String missingConfirmed,
            Principal principal,
            RedirectAttributes redirect) {
        String back = "redirect:/movements/" + BoardingIds.movement(id) + "/arrival";
        List<UUID> ticked =
                arrived == null ? List.of() : arrived.stream().distinct().toList();
        int missing = Math.max(0, arrivals.reconciliation(id).sheet().boarded() - ticked.size());
        if (missing > 0 && !String.valueOf(missing).equals(missingConfirmed)) {
            redirect.addFlashAttribute("pendingMissing", missing);
            redirect.addFlashAttribute(
                    "pendingArrived", ticked.stream().map(UUID::toString).toList());
            return back;
        }
        try {
            redirect.addFlashAttribute("notice", arrivals.close(id, new ArrivalRequest(arrived), principal.getName()));
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
