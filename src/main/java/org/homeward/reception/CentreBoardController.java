package org.homeward.reception;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.homeward.access.LookupThrottledException;
import org.homeward.problems.ProblemException;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.ReferenceMistypedException;
import org.homeward.registry.SlipCodeRefusedException;
import org.homeward.registry.TypedReferences;
import org.homeward.web.ProblemStatuses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The centre board: occupancy by type, today's expected arrivals, places booked for households on
 * their way, who is in, and the check-in, check-out, transfer and release forms. Every form posts and comes back to the board (htmx swaps only
 * the board, but the forms work without scripts too).
 */
@Controller
@PreAuthorize(ReceptionRoles.SEE_PEOPLE)
class CentreBoardController {

    static final int RESIDENTS_PER_PAGE = 50;
    static final int BOOKINGS_SHOWN = 100;
    private final CentreService centres;
    private final StayQueries stays;
    private final StayCommands stayCommands;
    private final BookingCommands bookings;
    private final ReceptionForecastService forecasts;
    private final AbsentMembers absentMembers;
    private final ArrivalLookup arrivals;
    private final BoardSearch search;

    CentreBoardController(
            CentreService centres,
            StayQueries stays,
            StayCommands stayCommands,
            BookingCommands bookings,
            ReceptionForecastService forecasts,
            AbsentMembers absentMembers,
            ArrivalLookup arrivals,
            BoardSearch search) {
        this.search = search;
        this.centres = centres;
        this.stays = stays;
        this.stayCommands = stayCommands;
        this.bookings = bookings;
        this.forecasts = forecasts;
        this.absentMembers = absentMembers;
        this.arrivals = arrivals;
    }

    @GetMapping("/centres/{code}")
    String board(
            @PathVariable String code,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication,
            Model model) {
        CentreOccupancy centre = centres.find(code);
        model.addAttribute("roles", ReceptionPageRoles.of(authentication));
        model.addAttribute("board", centre);
        model.addAttribute("expected", forecasts.expectedToday(code));
        model.addAttribute("today", forecasts.today());
        ResidentPage residents = stays.residents(code, text, page, RESIDENTS_PER_PAGE);
        model.addAttribute("residents", residents);
        model.addAttribute("bookings", stays.bookings(code, 0, BOOKINGS_SHOWN));
        model.addAttribute(
                "absent",
                absentMembers.of(residents.items().stream()
                        .filter(resident -> resident.stay().persons() < resident.householdSize())
                        .map(resident -> resident.stay().id())
                        .toList()));
        model.addAttribute("text", text);
        model.addAttribute("outcomes", CheckOutOutcome.values());
        model.addAttribute(
                "otherCentres",
                centres.overview().stream()
                        .filter(other -> !other.centre().code().equals(code) && other.status() == CentreStatus.OPEN)
                        .toList());
        return "reception/board";
    }

    /**
     * The members of the household with the reference or scanned slip, to choose who checks in; for a
     * name or a phone, the centre's expected, booked and staying households that match. Another centre's
     * chooser answers 404 like its board; too many lookups answer 429 with the message in the chooser.
     */
    @GetMapping("/centres/{code}/arrival")
    String arrival(
            @PathVariable String code, @RequestParam String reference, Model model, HttpServletResponse response) {
        model.addAttribute("code", code);
        model.addAttribute("reference", reference);
        if (!TypedReferences.meantAsReference(reference)) {
            // Names and phones are personal data: they never travel in a URL, only in a POST's body.
            response.setStatus(400);
            model.addAttribute("lookupError", "SEARCH_CRITERIA_IN_URL");
            return "reception/arrival :: chooser";
        }
        return chooseByReference(code, reference, model, response);
    }

    /** The same chooser for what the board's box sends: a reference or slip, or a name or a phone to search. */
    @PostMapping("/centres/{code}/arrival")
    String arrivalFromBox(
            @PathVariable String code,
            @RequestParam(required = false) String reference,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("code", code);
        model.addAttribute("reference", reference);
        if (reference == null || !TypedReferences.meantAsReference(reference)) {
            // A name or a phone: the centre's own households that match, each to open by its reference.
            model.addAttribute("matches", search.find(code, reference));
            return "reception/arrival :: chooser";
        }
        return chooseByReference(code, reference, model, response);
    }

    private String chooseByReference(String code, String reference, Model model, HttpServletResponse response) {
        try {
            ArrivalChoice choice = arrivals.lookUp(code, reference);
            model.addAttribute("household", choice.household());
            model.addAttribute("needsAccessible", choice.needsAccessible());
        } catch (HouseholdNotFoundException notFound) {
            model.addAttribute("lookupError", notFound.code().name());
        } catch (ReferenceMistypedException | SlipCodeRefusedException refused) {
            model.addAttribute("lookupError", refused.code().name());
        } catch (LookupThrottledException throttled) {
            response.setStatus(ProblemStatuses.of(throttled));
            ProblemStatuses.headers(throttled).forEach(response::setHeader);
            model.addAttribute("lookupError", throttled.code().name());
        }
        return "reception/arrival :: chooser";
    }

    @PostMapping("/centres/{code}/check-in")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    String checkIn(
            @PathVariable String code,
            @RequestParam String household,
            @RequestParam(required = false) List<UUID> memberIds,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            Stay stay =
                    stayCommands.checkIn(code, new CheckInRequest(household, memberIds, reason), principal.getName());
            redirect.addFlashAttribute("notice", "checkedIn");
            redirect.addFlashAttribute("noticePersons", stay.persons());
        } catch (CentreNotFoundException notYours) {
            // A centre the user may not work on is "not found" here too, not a refusal shown on its board.
            throw notYours;
        } catch (ProblemException refused) {
            refuse(refused, redirect);
        }
        return "redirect:/centres/" + code;
    }

    @PostMapping("/stays/{id}/members")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    String join(
            @PathVariable UUID id,
            @RequestParam(required = false) List<UUID> memberIds,
            @RequestParam(required = false) String note,
            Principal principal,
            RedirectAttributes redirect) {
        String centre = stays.find(id).centreCode();
        try {
            Stay stay = stayCommands.join(id, new JoinStayRequest(memberIds, note), principal.getName());
            redirect.addFlashAttribute("notice", "joined");
            redirect.addFlashAttribute("noticePersons", stay.persons());
        } catch (ProblemException refused) {
            refuse(refused, redirect);
        }
        return "redirect:/centres/" + centre;
    }

    @PostMapping("/stays/{id}/check-out")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    String checkOut(
            @PathVariable UUID id,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            Principal principal,
            RedirectAttributes redirect) {
        String centre = stays.find(id).centreCode();
        try {
            stayCommands.checkOut(id, new CheckOutRequest(outcome, note), principal.getName());
            redirect.addFlashAttribute("notice", "checkedOut");
        } catch (ProblemException refused) {
            refuse(refused, redirect);
        }
        return "redirect:/centres/" + centre;
    }

    @PostMapping("/stays/{id}/transfer")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    String transfer(
            @PathVariable UUID id,
            @RequestParam(required = false) String toCentre,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        String centre = stays.find(id).centreCode();
        try {
            stayCommands.transfer(id, new TransferRequest(toCentre, reason), principal.getName());
            redirect.addFlashAttribute("notice", "transferred");
        } catch (ProblemException refused) {
            refuse(refused, redirect);
        }
        return "redirect:/centres/" + centre;
    }

    @PostMapping("/stays/{id}/release")
    @PreAuthorize(ReceptionRoles.MOVE_PEOPLE)
    String release(
            @PathVariable UUID id,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        String centre = stays.find(id).centreCode();
        try {
            bookings.release(id, reason, principal.getName());
            redirect.addFlashAttribute("notice", "released");
        } catch (ProblemException refused) {
            refuse(refused, redirect);
        }
        return "redirect:/centres/" + centre;
    }

    /** Shows the refusal on the board: the first field's code where there is one, else the problem's code. */
    private static void refuse(ProblemException refused, RedirectAttributes redirect) {
        List<ProblemException.FieldProblem> fields = refused.fieldProblems();
        redirect.addFlashAttribute("refusal", refused.code().name());
        redirect.addFlashAttribute(
                "refusalDetails",
                fields.stream().map(ProblemException.FieldProblem::code).toList());
    }
}
