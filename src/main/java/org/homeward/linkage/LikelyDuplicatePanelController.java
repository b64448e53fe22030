package org.homeward.linkage;

import java.util.List;
import java.util.Map;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.NameChain;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registration form's "possibly already registered" panel: the principal's likely duplicates in scope. */
@Controller
class LikelyDuplicatePanelController {

    private static final String PRINCIPAL = "members[0].";
    private final LikelyDuplicateService service;
    private final HouseholdQueries households;
    private final PlaceLookup places;

    LikelyDuplicatePanelController(LikelyDuplicateService service, HouseholdQueries households, PlaceLookup places) {
        this.service = service;
        this.households = households;
        this.places = places;
    }

    @PostMapping("/households/new/likely-duplicates")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String panel(@RequestParam Map<String, String> form, Model model) {
        IndividualDetails principal = new IndividualDetails(
                "PRINCIPAL",
                NameChain.of(
                        field(form, "givenNameAr"),
                        field(form, "givenNameLatin"),
                        field(form, "fatherNameAr"),
                        field(form, "fatherNameLatin"),
                        field(form, "grandfatherNameAr"),
                        field(form, "grandfatherNameLatin"),
                        field(form, "familyNameAr"),
                        field(form, "familyNameLatin")),
                field(form, "sex"),
                field(form, "birthDate"),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null);
        LikelyDuplicates answer = service.check(new RegisterHouseholdRequest(null, null, List.of(principal)));
        model.addAttribute("ready", answer.ready());
        List<EntryCheckMatch> matches = answer.members().stream()
                .flatMap(member -> member.matches().stream())
                .map(this::withHousehold)
                .flatMap(java.util.Optional::stream)
                .toList();
        model.addAttribute("matches", matches);
        model.addAttribute(
                "veryLikely",
                matches.stream().filter(EntryCheckMatch::veryLikely).findFirst().orElse(null));
        return "linkage/likely-duplicates :: panel";
    }

    /** The match with its household; a household that left the scope since the index was read is left out. */
    private java.util.Optional<EntryCheckMatch> withHousehold(LikelyDuplicates.Match match) {
        try {
            Household household = households.find(match.householdId());
            String destination = household.journey().destinationPcode();
            String language = LocaleContextHolder.getLocale().getLanguage();
            return java.util.Optional.of(new EntryCheckMatch(
                    match,
                    household.reference(),
                    household.members().size(),
                    destination,
                    places.displayName(destination, "ar".equals(language) ? "ar" : "en")
                            .orElse(destination),
                    household.registrationSite()));
        } catch (HouseholdNotFoundException outOfScope) {
            return java.util.Optional.empty();
        }
    }

    private static String field(Map<String, String> form, String name) {
        String value = form.get(PRINCIPAL + name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
