package org.homeward.registry;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.places.PlaceLookup;
import org.springframework.beans.factory.ObjectProvider;
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
    private final HouseholdQueries households;
    private final JourneyCommands journeys;
    private final PlaceLookup places;
    private final ConsentService consents;
    private final DataSubjectRequestService requests;
    private final ObjectProvider<DestinationAreaNotes> areaNotes;
    private final ProblemLabels labels;
    private final TypedReferences references;
    private final CheckedRegistration checkedRegistration;
    private final java.time.Clock clock;
    private final FormPlaceNames typedPlaceNames;
    private final EditConflicts conflicts;
    private final CountryNames countryNames;
    private final HistoryLines historyLines;

    HouseholdPageController(
            HouseholdQueries households,
            JourneyCommands journeys,
            PlaceLookup places,
            ConsentService consents,
            DataSubjectRequestService requests,
            ObjectProvider<DestinationAreaNotes> areaNotes,
            ProblemLabels labels,
            TypedReferences references,
            CheckedRegistration checkedRegistration,
            java.time.Clock clock,
            FormPlaceNames typedPlaceNames,
            EditConflicts conflicts,
            CountryNames countryNames,
            HistoryLines historyLines) {
        this.countryNames = countryNames;
        this.historyLines = historyLines;
        this.typedPlaceNames = typedPlaceNames;
        this.checkedRegistration = checkedRegistration;
        this.clock = clock;
        this.conflicts = conflicts;
        this.labels = labels;
        this.references = references;
        this.households = households;
        this.journeys = journeys;
        this.places = places;
        this.consents = consents;
        this.requests = requests;
        this.areaNotes = areaNotes;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("specificNeedList", SpecificNeed.values());
        model.addAttribute("journeyStatuses", JourneyStatus.values());
        model.addAttribute("countries", places.countries());
        model.addAttribute("nationalities", countryNames.all());
        model.addAttribute("crossings", places.crossings());
        model.addAttribute("purposes", Purpose.values());
    }

    /** The search form. Criteria are names, phones and document numbers: they come by POST, never in a URL. */
    @GetMapping
    String searchForm(Model model) {
        model.addAttribute("criteria", new SearchCriteria(null, null, null));
        model.addAttribute("searched", false);
        return "households/search";
    }

    @PostMapping("/search")
    String search(
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String document,
            @RequestParam(required = false) String phone,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-Trigger", required = false) String trigger,
            jakarta.servlet.http.HttpServletResponse response,
            Model model) {
        SearchCriteria criteria = new SearchCriteria(name, document, phone);
        model.addAttribute("criteria", criteria);
        model.addAttribute("searched", true);
        String view = htmx != null ? "households/search :: results" : "households/search";
        // While a reference or slip code is still being typed (htmx sends each pause) nothing opens;
        // the search itself (Enter, the button, a scanner's Enter) opens the one household named.
        boolean submitted = htmx == null || !"name".equals(trigger);
        if (TypedReferences.namesOneHousehold(name)) {
            try {
                if (!submitted) {
                    // A slip code is checked as soon as it is seen, so a forged one is refused whichever answer lands
                    // last.
                    references.referenceOf(name);
                }
                java.util.Optional<UUID> named =
                        submitted ? references.householdNamedBy(name) : java.util.Optional.empty();
                if (named.isPresent()) {
                    // htmx follows HX-Redirect; the fragment answered meanwhile lists nothing.
                    model.addAttribute("results", new SearchPage<HouseholdSummary>(List.of(), 0, PAGE_SIZE, 0));
                    return opened(named.get(), htmx != null, response, view);
                }
            } catch (SlipCodeRefusedException refused) {
                model.addAttribute("searchRefusal", refused.code().name());
                model.addAttribute("results", new SearchPage<HouseholdSummary>(List.of(), 0, PAGE_SIZE, 0));
                return view;
            }
            if (SignedSlipReader.isSlipCode(name)) {
                model.addAttribute("results", new SearchPage<HouseholdSummary>(List.of(), 0, PAGE_SIZE, 0));
                return view;
            }
        }
        SearchPage<HouseholdSummary> results = households.search(criteria, page, PAGE_SIZE);
        model.addAttribute("results", results);
        model.addAttribute("destinationNames", destinationNames(results.items()));
        return view;
    }

    /** The names, in the page's language, of the destinations of the households found. */
    private Map<String, String> destinationNames(List<HouseholdSummary> found) {
        String language = language();
        Map<String, String> names = new java.util.HashMap<>();
        for (HouseholdSummary row : found) {
            String code = row.destinationPcode();
            if (code != null && !names.containsKey(code)) {
                names.put(code, places.displayName(code, language).orElse(code));
            }
        }
        return names;
    }

    private static String language() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage()
                        .equals("ar")
                ? "ar"
                : "en";
    }

    /** Opens the household found by its reference: a redirect, or for htmx a full-page navigation. */
    private static String opened(
            UUID id, boolean htmx, jakarta.servlet.http.HttpServletResponse response, String view) {
        String address = "/households/" + id + "?found";
        if (!htmx) {
            return "redirect:" + address;
        }
        response.setHeader("HX-Redirect", address);
        return view;
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
            form.getMembers().add(i == 0 ? new HouseholdForm.MemberForm() : HouseholdForm.MemberForm.added());
        }
        model.addAttribute("form", form);
        model.addAttribute("index", Math.min(index, HouseholdValidator.MAX_MEMBERS));
        model.addAttribute("errors", Map.of());
        return "households/register :: member";
    }

    @PostMapping
    String register(@ModelAttribute("form") HouseholdForm form, Principal principal, Model model, Locale locale) {
        FormPlaceNames.Outcome typedPlaces = typedPlaceNames.resolve(form);
        if (!typedPlaces.problems().isEmpty()) {
            model.addAttribute("errors", byField(typedPlaces.problems()));
            model.addAttribute("problems", labels.of(typedPlaces.problems(), locale));
            model.addAttribute("placeChoices", typedPlaces.choices());
            model.addAttribute("countryChoices", typedPlaces.countryChoices());
            return "households/register";
        }
        try {
            Household household = checkedRegistration.register(
                    form.toRequest(java.time.LocalDate.now(clock)), form.consentOrNull(), principal.getName());
            return "redirect:/households/" + household.id() + "?registered";
        } catch (VeryLikelyDuplicateException duplicate) {
            // The form comes back as typed, now asking to confirm the match by name and reference.
            model.addAttribute("errors", Map.of());
            model.addAttribute("veryLikelyMatch", duplicate.match());
            model.addAttribute("confirmationRefused", form.getDuplicateReference() != null);
            return "households/register";
        } catch (InvalidHouseholdException invalid) {
            model.addAttribute("errors", byField(invalid.problems()));
            model.addAttribute("problems", labels.of(invalid.problems(), locale));
            return "households/register";
        }
    }

    @GetMapping("/{id}")
    String household(@PathVariable UUID id, Model model, Locale locale) {
        Household household = households.view(id);
        model.addAttribute("household", household);
        model.addAttribute(
                "destinationNote",
                areaNotes
                        .orderedStream()
                        .findFirst()
                        .flatMap(notes -> notes.noteFor(household.journey().destinationPcode(), locale))
                        .orElse(null));
        List<HouseholdEvent> history = households.history(id);
        model.addAttribute("history", history);
        model.addAttribute("historyChanges", historyLines.changes(history, locale));
        model.addAttribute(
                "conflictFields", historyLines.conflictFields(history, HistoryLines.positions(household), locale));
        model.addAttribute("openConflicts", conflicts.openOf(id).size());
        model.addAttribute("lookedAt", households.readersOf(id));
        model.addAttribute("consent", consents.consentOf(id));
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("placeNames", placeNames(households.find(id)));
        model.addAttribute("requests", requests.of(id));
        correctionForms(household, model);
        return "households/household";
    }

    /**
     * The correction forms filled with the household as shown (phones and documents masked), or with
     * what was typed when a correction was just refused.
     */
    private static void correctionForms(Household household, Model model) {
        Map<UUID, HouseholdForm.MemberForm> members = new LinkedHashMap<>();
        household.members().forEach(member -> members.put(member.id(), HouseholdForm.MemberForm.of(member)));
        Object draft = model.getAttribute("memberDraft");
        Object form = model.getAttribute("correctionForm");
        if (draft instanceof HouseholdForm.MemberForm typed && form != null) {
            members.computeIfPresent(UUID.fromString(form.toString()), (id, stored) -> typed);
        }
        model.addAttribute("memberForms", members);
        if (!model.containsAttribute("newMemberDraft")) {
            model.addAttribute("newMemberDraft", HouseholdForm.MemberForm.added());
        }
        if (!model.containsAttribute("householdDraft")) {
            model.addAttribute("householdDraft", HouseholdForm.of(household));
        }
    }

    @PostMapping("/{id}/members/{memberId}/reveal")
    String reveal(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("revealed", households.reveal(id, memberId, reason));
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        }
        return "redirect:/households/" + id;
    }

    @PostMapping("/{id}/consent")
    String recordConsent(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) List<String> purposes,
            @RequestParam(required = false) String partners,
            @RequestParam(required = false) String givenBy,
            @RequestParam(required = false) String method,
            Principal principal,
            RedirectAttributes redirect) {
        List<String> partnerList = partners == null
                ? List.of()
                : java.util.Arrays.stream(partners.split(","))
                        .map(String::trim)
                        .filter(p -> !p.isEmpty())
                        .toList();
        try {
            consents.record(
                    id, new ConsentRequest(version, purposes, partnerList, givenBy, method), principal.getName());
            redirect.addFlashAttribute("consentSaved", true);
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        } catch (StaleHouseholdException stale) {
            redirect.addFlashAttribute("journeyError", stale.code().name());
        }
        return "redirect:/households/" + id;
    }

    @PostMapping("/{id}/requests")
    String openRequest(
            @PathVariable UUID id,
            @RequestParam UUID individualId,
            @RequestParam String kind,
            @RequestParam(required = false) String details,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            requests.open(id, individualId, kind, details, principal.getName());
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        }
        return "redirect:/households/" + id;
    }

    @PostMapping("/{id}/requests/{requestId}/complete")
    String completeRequest(
            @PathVariable UUID id,
            @PathVariable long requestId,
            @RequestParam(required = false) String outcome,
            Principal principal,
            RedirectAttributes redirect) {
        try {
            requests.complete(id, requestId, outcome, principal.getName());
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        }
        return "redirect:/households/" + id;
    }

    /**
     * Everything held on one person, to print and hand over (a data-subject ACCESS request). The
     * phone and document number are masked here: printing them whole is the POST below, with a reason.
     */
    @GetMapping("/{id}/members/{memberId}/summary")
    @org.springframework.security.access.prepost.PreAuthorize(
            "hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String summary(@PathVariable UUID id, @PathVariable UUID memberId, Model model) {
        Individual member = summaryModel(id, memberId, model);
        model.addAttribute("revealed", new RevealedFields(memberId, member.phone(), member.documentNumber()));
        return "households/summary";
    }

    /** The summary with the phone and document number whole: a reveal, recorded with the reason typed. */
    @PostMapping("/{id}/members/{memberId}/summary")
    @org.springframework.security.access.prepost.PreAuthorize(
            "hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String revealedSummary(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(required = false) String reason,
            Model model) {
        Individual member = summaryModel(id, memberId, model);
        try {
            model.addAttribute("revealed", households.reveal(id, memberId, reason));
            model.addAttribute("shownWhole", true);
        } catch (InvalidHouseholdException invalid) {
            model.addAttribute("revealed", new RevealedFields(memberId, member.phone(), member.documentNumber()));
            model.addAttribute("revealError", invalid.problems().get(0).code());
        }
        return "households/summary";
    }

    private Individual summaryModel(UUID id, UUID memberId, Model model) {
        Household household = households.view(id);
        Individual member = household.members().stream()
                .filter(candidate -> candidate.id().equals(memberId))
                .findFirst()
                .orElseThrow(() -> new HouseholdNotFoundException(memberId.toString()));
        model.addAttribute("household", household);
        model.addAttribute("member", member);
        model.addAttribute("placeNames", placeNames(household));
        model.addAttribute("history", households.history(id));
        model.addAttribute("consent", consents.consentOf(id));
        model.addAttribute("lookedAt", households.readersOf(id));
        return member;
    }

    @PostMapping("/{id}/journey")
    String moveJourney(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam String status,
            @RequestParam(required = false) String reason,
            Principal principal,
            RedirectAttributes redirect) {
        // A household outside the caller's scope is not found, whatever the form asks of it.
        households.find(id);
        try {
            journeys.move(new AdvanceJourneyRequest(version, status, reason).toCommand(id), principal.getName());
            redirect.addFlashAttribute("moved", true);
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("journeyError", invalid.problems().get(0).code());
        } catch (JourneyTransitionException | StaleHouseholdException refused) {
            redirect.addFlashAttribute("journeyError", refused.code().name());
        }
        return "redirect:/households/" + id;
    }

    /**
     * The names, in the page's language, of the places, country and crossing the journey names by code,
     * and of the members' nationalities and places of birth.
     */
    private Map<String, String> placeNames(Household household) {
        String language = org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage()
                        .equals("ar")
                ? "ar"
                : "en";
        Map<String, String> names = new java.util.HashMap<>();
        Journey journey = household.journey();
        for (String code : java.util.Arrays.asList(
                journey.destinationPcode(),
                journey.originLocation(),
                journey.originCountry(),
                journey.crossingPoint())) {
            if (code != null) {
                places.displayName(code, language).ifPresent(name -> names.put(code, name));
            }
        }
        for (Individual member : household.members()) {
            for (String country : java.util.Arrays.asList(member.nationality(), member.birthCountry())) {
                if (country != null) {
                    names.put(country, countryNames.name(country, language));
                }
            }
            if (member.birthPlace() != null) {
                places.displayName(member.birthPlace(), language)
                        .ifPresent(name -> names.put(member.birthPlace(), name));
            }
        }
        return names;
    }

    private static Map<String, String> byField(List<ValidationProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ValidationProblem problem : problems) {
            errors.putIfAbsent(problem.field(), problem.code().name());
        }
        return errors;
    }
}
