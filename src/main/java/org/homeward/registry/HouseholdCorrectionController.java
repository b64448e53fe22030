package org.homeward.registry;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household page's "Correct" forms: the household and its journey details, each member, a new
 * member, and a member added by mistake removed with a reason. Every form comes back to the
 * household page; a refused one comes back open, with what was typed and each problem by its
 * field's label, and a stale one says that someone changed the household meanwhile.
 */
@Controller
@RequestMapping("/households/{id}")
class HouseholdCorrectionController {

    private final HouseholdCorrections corrections;
    private final HouseholdQueries households;
    private final HouseholdCommands commands;
    private final ProblemLabels labels;
    private final MemberPlaceNames memberPlaces;
    private final FormPlaceNames placeNames;

    HouseholdCorrectionController(
            HouseholdCorrections corrections,
            HouseholdQueries households,
            HouseholdCommands commands,
            ProblemLabels labels,
            MemberPlaceNames memberPlaces,
            FormPlaceNames placeNames) {
        this.placeNames = placeNames;
        this.corrections = corrections;
        this.households = households;
        this.commands = commands;
        this.labels = labels;
        this.memberPlaces = memberPlaces;
    }

    @PostMapping("/details")
    String correctHousehold(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @ModelAttribute HouseholdForm form,
            @RequestParam(required = false) String reason,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        // Places are typed by name as on the registration form: the one place a name means becomes its
        // code; a name several places share comes back with them to choose from, and an unknown one is refused.
        FormPlaceNames.Outcome typed = placeNames.resolve(form);
        if (!typed.problems().isEmpty()) {
            redirect.addFlashAttribute("correctionForm", "household");
            redirect.addFlashAttribute("correctionProblems", labels.of(typed.problems(), locale));
            redirect.addFlashAttribute("placeChoices", PlaceChoice.of(typed.choices()));
            redirect.addFlashAttribute("householdDraft", form);
            return "redirect:/households/" + id + "#correction-household";
        }
        return attempt(
                id,
                "household",
                locale,
                redirect,
                () -> corrections.correctHousehold(
                        id,
                        new CorrectHouseholdRequest(
                                version,
                                form.getRegistrationSite(),
                                new JourneyDetails(
                                        form.getReturnType(),
                                        form.getOriginCountry(),
                                        form.getOriginLocation(),
                                        form.getCrossingPoint(),
                                        form.getDestinationPcode(),
                                        form.getPlannedDate()),
                                reason),
                        principal.getName()),
                () -> redirect.addFlashAttribute("householdDraft", form));
    }

    @PostMapping("/members")
    String addMember(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @ModelAttribute("member") HouseholdForm.MemberForm member,
            @RequestParam(required = false) String reason,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "add",
                locale,
                redirect,
                () -> commands.addMember(
                        id,
                        new AddMemberRequest(version, typedNamesRead(member.toDetails()), reason),
                        principal.getName()),
                () -> redirect.addFlashAttribute("newMemberDraft", member));
    }

    @PostMapping("/members/{memberId}")
    String correctMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(defaultValue = "-1") long version,
            @ModelAttribute("member") HouseholdForm.MemberForm member,
            @RequestParam(required = false) String reason,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        IndividualDetails stored = storedDetails(id, memberId);
        // The form has no place of origin (registration has none either): keep what an import brought.
        IndividualDetails details = member.toDetails().withPlaceOfOrigin(stored.placeOfOrigin());
        return attempt(
                id,
                memberId.toString(),
                locale,
                redirect,
                () -> corrections.correctMember(
                        id,
                        memberId,
                        new CorrectMemberRequest(version, typedNamesRead(details), reason),
                        principal.getName()),
                () -> redirect.addFlashAttribute("memberDraft", member));
    }

    @PostMapping("/members/{memberId}/removal")
    String removeMember(
            @PathVariable UUID id,
            @PathVariable UUID memberId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String reason,
            Principal principal,
            Locale locale,
            RedirectAttributes redirect) {
        return attempt(
                id,
                "remove-" + memberId,
                locale,
                redirect,
                () -> corrections.removeMember(
                        id, memberId, new RemoveMemberRequest(version, reason), principal.getName()),
                () -> {});
    }

    /**
     * The member with a nationality and place of birth typed by name read into codes; a name that is
     * ambiguous or unknown refuses the correction, the message naming the places it may mean.
     */
    private IndividualDetails typedNamesRead(IndividualDetails typed) {
        MemberPlaceNames.Outcome read = memberPlaces.resolve(typed, "member.");
        if (!read.problems().isEmpty()) {
            throw new InvalidHouseholdException(read.problems());
        }
        return read.member();
    }

    private IndividualDetails storedDetails(UUID id, UUID memberId) {
        return households.find(id).members().stream()
                .filter(member -> member.id().equals(memberId))
                .findFirst()
                .map(IndividualDetails::of)
                .orElseThrow(() -> new HouseholdNotFoundException(memberId.toString()));
    }

    /**
     * Carries out a correction and comes back to the household page: saved, refused with its problems
     * (the form reopened with what was typed), or stale. Not-found and out-of-scope are not caught:
     * they answer 404 like the household page itself.
     */
    private String attempt(
            UUID id, String form, Locale locale, RedirectAttributes redirect, Runnable correction, Runnable keepDraft) {
        try {
            correction.run();
            redirect.addFlashAttribute("corrected", form);
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("correctionForm", form);
            redirect.addFlashAttribute("correctionProblems", labels.of(invalid.problems(), locale));
            keepDraft.run();
        } catch (StaleHouseholdException stale) {
            redirect.addFlashAttribute("correctionForm", form);
            redirect.addFlashAttribute("correctionStale", true);
        }
        return "redirect:/households/" + id + "#correction-" + form;
    }
}
