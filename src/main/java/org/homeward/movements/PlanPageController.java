package org.homeward.movements;

import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.ProblemException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The return plan pages: the list with a form for a new plan, and a plan with its targets, funnel and movements. */
@Controller
class PlanPageController {

    private final ReturnPlanService plans;
    private final MovementService movements;
    private final PlanFunnel funnel;
    private final PlaceLookup places;
    private final org.springframework.context.MessageSource messages;

    PlanPageController(
            ReturnPlanService plans,
            MovementService movements,
            PlanFunnel funnel,
            PlaceLookup places,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.movements = movements;
        this.funnel = funnel;
        this.places = places;
    }

    /** The new-plan form as sent. */
    record PlanForm(String name, String startsOn, String endsOn) {}

    /** One target as sent from the plan page. */
    record TargetForm(String asylumCountry, String month, String crossingCode, Integer persons) {}

    @GetMapping("/plans")
    @PreAuthorize(MovementRoles.SEE_FIGURES)
    String list(Model model) {
        model.addAttribute("plans", plans.list());
        return "movements/plans";
    }

    @PostMapping("/plans")
    @PreAuthorize(MovementRoles.PLAN)
    String create(PlanForm form, Principal principal, RedirectAttributes redirect) {
        try {
            ReturnPlan plan = plans.create(
                    new CreatePlanRequest(form.name(), form.startsOn(), form.endsOn(), List.of()), principal.getName());
            return "redirect:/plans/" + plan.id();
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problem", PageProblem.of(refused));
            return "redirect:/plans";
        }
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize(MovementRoles.SEE_FIGURES)
    String show(@PathVariable String id, Model model, org.springframework.security.core.Authentication user) {
        ReturnPlan plan = plans.find(MovementIds.plan(id));
        boolean seesMovements = user != null
                && user.getAuthorities().stream()
                        .noneMatch(authority -> authority.getAuthority().equals("ROLE_ANALYST"));
        model.addAttribute("plan", plan);
        PlanFunnelView view = MovementRoles.seesExactFigures(user) ? funnel.of(plan.id()) : funnel.published(plan.id());
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("funnel", view);
        model.addAttribute(
                "chartLabels",
                view.counted().stream()
                        .map(stage -> messages.getMessage("movements.stage." + stage.name(), null, locale))
                        .collect(java.util.stream.Collectors.joining("|")));
        // A hidden total is sent empty: the chart draws no bar for it rather than a number it must not show.
        model.addAttribute(
                "chartValues",
                view.counted().stream()
                        .map(stage -> view.hidden(stage)
                                ? ""
                                : String.valueOf(view.totals().get(stage)))
                        .collect(java.util.stream.Collectors.joining(",")));
        model.addAttribute("threshold", funnel.threshold());
        model.addAttribute(
                "chartLosses",
                view.counted().stream()
                        .map(stage -> String.valueOf(stage.loss()))
                        .collect(java.util.stream.Collectors.joining(",")));
        model.addAttribute("movements", seesMovements ? movements.ofPlan(plan.id()) : List.of());
        model.addAttribute("seesMovements", seesMovements);
        model.addAttribute("countries", places.countries());
        model.addAttribute("crossings", places.crossings());
        return "movements/plan";
    }

    @PostMapping("/plans/{id}/targets")
    @PreAuthorize(MovementRoles.PLAN)
    String setTarget(@PathVariable String id, TargetForm form, Principal principal, RedirectAttributes redirect) {
        UUID planId = MovementIds.plan(id);
        try {
            plans.setTargets(
                    planId,
                    List.of(new PlanTarget(form.asylumCountry(), form.month(), form.crossingCode(), form.persons())),
                    principal.getName());
        } catch (ProblemException refused) {
            redirect.addFlashAttribute("problem", PageProblem.of(refused));
        }
        return "redirect:/plans/" + planId;
    }
}
