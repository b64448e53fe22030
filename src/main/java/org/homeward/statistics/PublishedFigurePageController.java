package org.homeward.statistics;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.problems.ProblemKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published figures page: each figure beside the registry's number for the same indicator,
 * period and area, with the difference; analysts, coordinators and administrators record and correct figures.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PublishedFigurePageController {

    static final String PUBLISHERS = "hasAnyRole('ANALYST', 'COORDINATOR', 'ADMIN')";
    private final PublishedFigureService figures;

    PublishedFigurePageController(PublishedFigureService figures) {
        this.figures = figures;
    }

    @GetMapping("/statistics/figures")
    String list(
            @RequestParam(required = false) String source,
            @RequestParam(required = false) Integer published,
            Model model,
            Locale locale,
            Authentication user) {
        List<FigureComparison> comparisons = figures.comparisons(locale);
        model.addAttribute(
                "sources",
                comparisons.stream()
                        .map(c -> c.figure().sourceOrganisation())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute(
                "years",
                comparisons.stream()
                        .map(c -> c.figure().publishedOn().getYear())
                        .distinct()
                        .sorted()
                        .toList());
        model.addAttribute("source", source);
        model.addAttribute("published", published);
        model.addAttribute(
                "comparisons",
                comparisons.stream()
                        .filter(c -> source == null
                                || source.isBlank()
                                || c.figure().sourceOrganisation().equals(source))
                        .filter(c ->
                                published == null || c.figure().publishedOn().getYear() == published)
                        .toList());
        model.addAttribute("canPublish", canPublish(user));
        if (!model.containsAttribute("figure")) {
            model.addAttribute("figure", new FigureForm());
        }
        model.addAttribute("indicators", FigureIndicator.values());
        model.addAttribute("areaTypes", FigureArea.values());
        return "statistics/figures";
    }

    @PostMapping("/statistics/figures")
    @PreAuthorize(PUBLISHERS)
    String record(
            @ModelAttribute("figure") FigureForm form,
            Model model,
            Locale locale,
            Principal principal,
            Authentication user) {
        try {
            long id = figures.record(form.toRequest(), principal.getName()).id();
            return "redirect:/statistics/figures#figure-" + id;
        } catch (PublishedFigureException problem) {
            model.addAttribute("errors", errors(problem.fieldProblems()));
            return list(null, null, model, locale, user);
        }
    }

    @GetMapping("/statistics/figures/{id}/edit")
    @PreAuthorize(PUBLISHERS)
    String edit(@PathVariable long id, Model model) {
        if (!model.containsAttribute("figure")) {
            model.addAttribute("figure", FigureForm.of(figures.find(id)));
        }
        model.addAttribute("figureId", id);
        model.addAttribute("indicators", FigureIndicator.values());
        model.addAttribute("areaTypes", FigureArea.values());
        return "statistics/figure-edit";
    }

    @PostMapping("/statistics/figures/{id}")
    @PreAuthorize(PUBLISHERS)
    String update(@PathVariable long id, @ModelAttribute("figure") FigureForm form, Model model, Principal principal) {
        try {
            figures.update(id, form.toRequest(), principal.getName());
            return "redirect:/statistics/figures#figure-" + id;
        } catch (PublishedFigureException problem) {
            if (problem.kind() == ProblemKind.NOT_FOUND) {
                throw problem;
            }
            model.addAttribute(
                    "errors",
                    problem.fieldProblems().isEmpty()
                            ? Map.of("version", problem.code().name())
                            : errors(problem.fieldProblems()));
            return edit(id, model);
        }
    }

    private static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new HashMap<>();
        for (FieldProblem problem : problems) {
            errors.putIfAbsent(problem.field(), problem.code().name());
        }
        return errors;
    }

    static boolean canPublish(Authentication user) {
        return user != null
                && user.getAuthorities().stream()
                        .anyMatch(authority -> List.of("ROLE_ANALYST", "ROLE_COORDINATOR", "ROLE_ADMIN")
                                .contains(authority.getAuthority()));
    }
}
