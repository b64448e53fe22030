package org.homeward.documentation;

import java.util.List;
import java.util.UUID;
import org.homeward.problems.ProblemException;
import org.homeward.registry.HouseholdQueries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The referral page of a household: its referrals with their history, a form to refer, and one to record an outcome. */
@Controller
@RequestMapping("/referrals")
@PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
class ReferralPageController {

    private final ReferralService referrals;
    private final HouseholdQueries households;

    ReferralPageController(ReferralService referrals, HouseholdQueries households) {
        this.referrals = referrals;
        this.households = households;
    }

    @GetMapping("/households/{id}")
    String household(@PathVariable UUID id, Model model) {
        model.addAttribute("reference", households.find(id).reference());
        model.addAttribute("householdId", id);
        model.addAttribute("referrals", referrals.ofHousehold(id));
        model.addAttribute("needs", ReferralNeed.values());
        model.addAttribute("outcomes", ReferralOutcome.values());
        return "evidence/referrals";
    }

    @PostMapping("/households/{id}")
    String refer(
            @PathVariable UUID id,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) UUID caseId,
            @RequestParam(required = false) String note,
            Model model) {
        households.find(id);
        try {
            referrals.refer(id, new ReferralRequest(partner, need, caseId, note));
            return "redirect:/referrals/households/" + id + "?referred";
        } catch (ReferralRefusedException | InvalidReferralException refused) {
            model.addAttribute("referralProblems", problems(refused));
            model.addAttribute("partner", partner);
            return household(id, model);
        }
    }

    @PostMapping("/{referralId}/outcome")
    String outcome(
            @PathVariable UUID referralId,
            @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note,
            Model model) {
        Referral referral = referrals.find(referralId);
        try {
            referrals.recordOutcome(referralId, new ReferralOutcomeRequest(outcome, note));
            return "redirect:/referrals/households/" + referral.householdId() + "?recorded";
        } catch (InvalidReferralException invalid) {
            model.addAttribute("referralProblems", problems(invalid));
            return household(referral.householdId(), model);
        }
    }

    /** The codes to show: each field's, or the refusal's own. */
    private static List<String> problems(ProblemException problem) {
        return problem.fieldProblems().isEmpty()
                ? List.of(problem.code().name())
                : problem.fieldProblems().stream()
                        .map(field -> field.code().name())
                        .toList();
    }
}
