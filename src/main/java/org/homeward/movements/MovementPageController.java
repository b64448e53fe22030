package org.homeward.movements;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The movement pages: the list and new-movement form, and a movement with its manifest, each
 * household's checks, the forms to add and take off households and decide ambers, and the
 * departure button. A refusal comes back to the movement's page with its reasons.
 */
@Controller
class MovementPageController {

    private final MovementService movements;
    private final ManifestService manifests;
    private final DepartureDecisions decisions;
    private final ManifestEntries entries;
    private final VerdictViews views;
    private final ReturnPlanService plans;
    private final PlaceLookup places;

    MovementPageController(
            MovementService movements,
            ManifestService manifests,
            DepartureDecisions decisions,
            ManifestEntries entries,
            VerdictViews views,
            ReturnPlanService plans,
            PlaceLookup places) {
        this.movements = movements;
        this.manifests = manifests;
        this.decisions = decisions;
        this.entries = entries;
        this.views = views;
        this.plans = plans;
        this.places = places;
    }

    /** The new-movement form; vehicles one per line as "label, seats, accessible seats". */
    record MovementForm(
            String planId,
            String kind,
            String departsOn,
            String returnsOn,
            String departurePoint,
            String asylumCountry,
            String crossingCode,
            String destinationKind,
            String vehicles) {}

    /** A household to add; one member staying behind (by position) may be named with the reason. */
    record AddForm(String reference, String centreCode, Integer stayingPosition, String stayingReason) {}

    record RemoveForm(String note) {}

    record BookingForm(String centreCode) {}

    record DecisionForm(String householdId, String check, String reason, Boolean householdAcknowledged) {}

    @GetMapping("/movements")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    String list(Model model, java.util.Locale locale) {
        model.addAttribute("movements", movements.latest());
        model.addAttribute("plans", plans.list());
        model.addAttribute("countries", places.countries());
        List<org.homeward.places.CrossingPoint> crossings = places.crossings();
        model.addAttribute("crossings", crossings);
        model.addAttribute("crossingNames", places.crossingNames(locale.getLanguage()));
        return "movements/movements";
    }

    @PostMapping("/movements")
    @PreAuthorize(MovementRoles.PLAN)
    String create(MovementForm form, Principal principal, RedirectAttributes redirect) {
        try {
            Movement movement = movements.create(
                    new CreateMovementRequest(
                            form.planId(),
                            form.kind(),
                            form.departsOn(),
                            form.returnsOn(),
                            form.departurePoint(),
                            form.asylumCountry(),
                            form.crossingCode(),
                            form.destinationKind(),
                            VehicleLines.read(form.vehicles())),
                    principal.getName());
            return "redirect:/movements/" + movement.id();
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problem", PageProblem.of(refused));
            return "redirect:/movements";
        }
    }

    @GetMapping("/movements/{id}")
    @PreAuthorize(MovementRoles.SEE_MANIFESTS)
    String show(@PathVariable String id, Model model, java.util.Locale locale) {
        Movement movement = movements.find(MovementIds.movement(id));
        List<ManifestEntry> manifest = entries.of(movement, movements.manifest(movement.id()));
        Map<UUID, VerdictViews.HouseholdView> checks = views.of(movements.verdicts(movement.id())).stream()
                .collect(Collectors.toMap(VerdictViews.HouseholdView::householdId, Function.identity()));
        model.addAttribute("movement", movement);
        model.addAttribute("manifest", manifest);
        model.addAttribute("checks", checks);
        model.addAttribute(
                "mayDepart",
                !checks.isEmpty() && checks.values().stream().allMatch(VerdictViews.HouseholdView::mayDepart));
        model.addAttribute(
                "travelling",
                manifest.stream()
                        .filter(ManifestEntry::open)
                        .mapToInt(ManifestEntry::travelling)
                        .sum());
        model.addAttribute(
                "departing", manifest.stream().filter(ManifestEntry::open).count());
        model.addAttribute(
                "crossingName",
                places.displayName(movement.crossingCode(), locale.getLanguage())
                        .orElse(movement.crossingCode()));
        return "movements/movement";
    }

    @PostMapping("/movements/{id}/households")
    @PreAuthorize(MovementRoles.SCHEDULE)
    String add(@PathVariable String id, AddForm form, Principal principal, RedirectAttributes redirect) {
        UUID movementId = MovementIds.movement(id);
        return attempt(
                movementId,
                redirect,
                () -> manifests.add(
                        movementId,
                        new AddHouseholdRequest(form.reference(), form.centreCode(), staying(form)),
                        principal.getName()));
    }

    @PostMapping("/movements/{id}/households/{householdId}/removal")
    @PreAuthorize(MovementRoles.SCHEDULE)
    String remove(
            @PathVariable String id,
            @PathVariable String householdId,
            RemoveForm form,
            Principal principal,
            RedirectAttributes redirect) {
        UUID movementId = MovementIds.movement(id);
        return attempt(
                movementId,
                redirect,
                () -> manifests.remove(
                        movementId,
                        MovementIds.household(householdId),
                        new RemoveHouseholdRequest("REMOVED_BY_OFFICER", form.note()),
                        principal.getName()));
    }

    @PostMapping("/movements/{id}/households/{householdId}/booking")
    @PreAuthorize(MovementRoles.PLAN)
    String book(
            @PathVariable String id,
            @PathVariable String householdId,
            BookingForm form,
            Principal principal,
            RedirectAttributes redirect) {
        UUID movementId = MovementIds.movement(id);
        return attempt(
                movementId,
                redirect,
                () -> manifests.book(
                        movementId,
                        MovementIds.household(householdId),
                        new BookingRequest(form.centreCode()),
                        principal.getName()));
    }

    @PostMapping("/movements/{id}/decisions")
    @PreAuthorize(MovementRoles.PLAN)
    String decide(@PathVariable String id, DecisionForm form, Principal principal, RedirectAttributes redirect) {
        UUID movementId = MovementIds.movement(id);
        return attempt(
                movementId,
                redirect,
                () -> decisions.decide(
                        movementId,
                        new DepartureDecisionRequest(
                                form.householdId(), form.check(), form.reason(), form.householdAcknowledged()),
                        principal.getName()));
    }

    /**
     * Departs the movement: every household on it sets off in one click, so the post must carry the number
     * of households the planner confirmed; without it, or after the manifest changed, nothing departs.
     */
    @PostMapping("/movements/{id}/departure")
    @PreAuthorize(MovementRoles.PLAN)
    String depart(
            @PathVariable String id,
            @RequestParam(required = false) String confirmed,
            Principal principal,
            RedirectAttributes redirect) {
        UUID movementId = MovementIds.movement(id);
        Movement movement = movements.find(movementId);
        long households = entries.of(movement, movements.manifest(movementId)).stream()
                .filter(ManifestEntry::open)
                .count();
        if (!String.valueOf(households).equals(confirmed)) {
            redirect.addFlashAttribute(
                    "problem",
                    new PageProblem(
                            MovementsProblemCode.DEPARTURE_NOT_CONFIRMED,
                            "Confirm the number of households that depart",
                            List.of()));
            return "redirect:/movements/" + movementId;
        }
        String answer = attempt(movementId, redirect, () -> movements.depart(movementId, principal.getName()));
        if (!redirect.getFlashAttributes().containsKey("problem")) {
            redirect.addFlashAttribute("departed", true);
        }
        return answer;
    }

    private static String attempt(UUID movementId, RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problem", PageProblem.of(refused));
        }
        return "redirect:/movements/" + movementId;
    }

    private static List<AddHouseholdRequest.StayingMember> staying(AddForm form) {
        List<AddHouseholdRequest.StayingMember> staying = new ArrayList<>();
        if (form.stayingPosition() != null) {
            staying.add(
                    new AddHouseholdRequest.StayingMember("position:" + form.stayingPosition(), form.stayingReason()));
        }
        return staying;
    }
}
