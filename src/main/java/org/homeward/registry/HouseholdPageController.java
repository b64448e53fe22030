package org.homeward.registry;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The household pages: search, registration form, and the household with its journey and history. */
@Controller
@RequestMapping("/households")
class HouseholdPageController {

    private static final int PAGE_SIZE = 20;
    private final HouseholdService households;
    private final PlaceLookup places;

    HouseholdPageController(HouseholdService households, PlaceLookup places) {
        this.households = households;
        this.places = places;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("specificNeedList", SpecificNeed.values());
        model.addAttribute("journeyStatuses", JourneyStatus.values());
        model.addAttribute("countries", places.countries());
        model.addAttribute("crossings", places.crossings());
    }

    @GetMapping
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String document,
                  @RequestParam(required = false) String phone, @RequestParam(defaultValue = "0") int page,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SearchCriteria criteria = new SearchCriteria(name, document, phone);
        model.addAttribute("criteria", criteria);
        model.addAttribute("results", households.search(criteria, page, PAGE_SIZE));
        return htmx != null ? "households/search :: results" : "households/search";
    }

    @GetMapping("/new")
    String registrationForm(Model model) {
        model.addAttribute("form", HouseholdForm.withPrincipal());
        model.addAttribute("errors", Map.of());
        return "households/register";
    }

    @GetMapping("/new/member")
    String memberRow(@RequestParam int index, Model model) {
        HouseholdForm form = new HouseholdForm();
        for (int i = 0; i <= Math.min(index, HouseholdValidator.MAX_MEMBERS); i++) {
            form.getMembers().add(new HouseholdForm.MemberForm());
        }
        model.addAttribute("form", form);
        model.addAttribute("index", Math.min(index, HouseholdValidator.MAX_MEMBERS));
        model.addAttribute("errors", Map.of());
        return "households/register :: member";
    }

    @PostMapping
    String register(@ModelAttribute("form") HouseholdForm form, Principal principal, Model model) {
        try {
            Household household = households.register(form.toRequest(), principal.getName());
            return "redirect:/households/" + household.id() + "?registered";
        } catch (InvalidHouseholdException invalid) {
            model.addAttribute("errors", byField(invalid.problems()));
            model.addAttribute("problems", invalid.problems());
            return "households/register";
        }
    }

    @GetMapping("/{id}")
    String household(@PathVariable UUID id, Model model) {
        model.addAttribute("household", households.view(id));
        model.addAttribute("history", households.history(id));
        model.addAttribute("lookedAt", households.readersOf(id));
        return "households/household";
    }

    @PostMapping("/{id}/members/{memberId}/reveal")
    String reveal(@PathVariable UUID id, @PathVariable UUID memberId, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("revealed", households.reveal(id, memberId, reason));
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        }
        return "redirect:/households/" + id;
    }

    @PostMapping("/{id}/journey")
    String moveJourney(@PathVariable UUID id, @RequestParam long version, @RequestParam String status,
                       @RequestParam(required = false) String reason, Principal principal,
                       RedirectAttributes redirect) {
        try {
            households.advanceJourney(id, new AdvanceJourneyRequest(version, status, reason), principal.getName());
            redirect.addFlashAttribute("moved", true);
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        } catch (JourneyTransitionException | StaleHouseholdException refused) {
            redirect.addFlashAttribute("journeyError", refused.code());
        }
        return "redirect:/households/" + id;
    }

    private static Map<String, String> byField(List<ValidationProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ValidationProblem problem : problems) {
            errors.putIfAbsent(problem.field(), problem.code());
        }
        return errors;
    }
}
