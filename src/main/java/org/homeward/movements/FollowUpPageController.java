package org.homeward.movements;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.places.PlaceLookup;
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

/** The follow-up visits due, each with a form for what the visit found, and the figures so far. */
@Controller
@PreAuthorize(BoardingRoles.COORDINATE)
class FollowUpPageController {

    private final FollowUpService followUps;
    private final PlaceLookup places;

    FollowUpPageController(FollowUpService followUps, PlaceLookup places) {
        this.followUps = followUps;
        this.places = places;
    }

    @GetMapping("/follow-ups")
    String due(Model model, Locale locale) {
        List<FollowUpLine> visits = followUps.due();
        Map<String, String> destinationNames = new HashMap<>();
        for (FollowUpLine line : visits) {
            String code = line.destinationPcode();
            if (code != null) {
                destinationNames.computeIfAbsent(
                        code,
                        known -> places.displayName(known, locale.getLanguage()).orElse(known));
            }
        }
        model.addAttribute("visits", visits);
        model.addAttribute("destinationNames", destinationNames);
        model.addAttribute("figures", followUps.figures(null));
        model.addAttribute("outcomes", FollowUpOutcome.values());
        model.addAttribute("reasons", FollowUpDisplacementReason.values());
        return "boarding/follow-ups";
    }

    @PostMapping("/follow-ups/{id}")
    String record(
            @PathVariable String id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String displacedTo,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String visitedOn,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            followUps.record(
                    id, new FollowUpRequest(outcome, displacedTo, reason, note, day(visitedOn)), principal.getName());
            redirect.addFlashAttribute("notice", "recorded");
        } catch (BoardingRefusedException refused) {
            if (refused.kind() == ProblemKind.NOT_FOUND) {
                throw refused;
            }
            BoardingRefusals.onNextPage(refused, redirect);
        } catch (ProblemException refused) {
            BoardingRefusals.onNextPage(refused, redirect);
        }
        return "redirect:/follow-ups";
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException unreadable) {
            throw BoardingRefusedException.invalid(
                    "visitedOn", MovementsProblemCode.FOLLOW_UP_DATE_INVALID, "Give the visit's day as YYYY-MM-DD");
        }
    }
}
