package org.homeward.documentation;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The referral API: refer a household under its consent, record the partner's outcome, read the history. */
@RestController
@RequestMapping("/api/v1/referrals")
class ReferralApiController {

    private final ReferralService referrals;

    ReferralApiController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/households/{id}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    Referral refer(@PathVariable UUID id, @RequestBody ReferralRequest request) {
        return referrals.refer(id, request);
    }

    @GetMapping("/households/{id}")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    List<Referral> ofHousehold(@PathVariable UUID id) {
        return referrals.ofHousehold(id);
    }

    @GetMapping("/cases/{caseId}")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    List<Referral> ofCase(@PathVariable UUID caseId) {
        return referrals.ofCase(caseId);
    }

    @GetMapping("/{referralId}")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    Referral referral(@PathVariable UUID referralId) {
        return referrals.find(referralId);
    }

    @PostMapping("/{referralId}/outcome")
    @PreAuthorize(EvidenceRoles.WORK_ON_EVIDENCE)
    Referral outcome(@PathVariable UUID referralId, @RequestBody ReferralOutcomeRequest request) {
        return referrals.recordOutcome(referralId, request);
    }
}
