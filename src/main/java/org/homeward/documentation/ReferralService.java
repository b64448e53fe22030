package org.homeward.documentation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.registry.Consent;
import org.homeward.registry.ConsentService;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Purpose;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refers households to partner organisations, only where the household's recorded consent covers
 * referral and names the partner; otherwise the referral is refused with the reason and nothing is
 * written but the refusal in the audit trail. Partners' outcomes are recorded back on the referral
 * and published for the case it was made for.
 */
@Service
class ReferralService {

    private final ReferralRepository referrals;
    private final ConsentService consents;
    private final HouseholdQueries households;
    private final AuditTrail audit;
    private final CurrentAccess access;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final DocumentationCaseService cases;
    private final Clock clock;

    ReferralService(
            ReferralRepository referrals,
            ConsentService consents,
            HouseholdQueries households,
            AuditTrail audit,
            CurrentAccess access,
            ApplicationEventPublisher events,
            JsonMapper json,
            DocumentationCaseService cases,
            Clock clock) {
        this.cases = cases;
        this.referrals = referrals;
        this.consents = consents;
        this.households = households;
        this.audit = audit;
        this.access = access;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** Refers the household to the partner, or refuses with the reason when its consent does not cover it. */
    @Transactional
    public Referral refer(UUID householdId, ReferralRequest request) {
        households.find(householdId);
        ReferralRules.Checked checked = ReferralRules.check(request);
        if (request.caseId() != null
                && cases.find(request.caseId())
                        .filter(found -> found.householdId().equals(householdId))
                        .isEmpty()) {
            throw new InvalidReferralException(List.of(new org.homeward.problems.ProblemException.FieldProblem(
                    "caseId",
                    DocumentationProblemCode.REFERRAL_CASE_UNKNOWN,
                    "names no documentation case of this household")));
        }
        Consent consent = consents.consentOf(householdId);
        ReferralRefusedException refusal = refusal(consent, checked.partner());
        if (refusal != null) {
            audit.record(new AuditEntry(
                    DocumentationAuditAction.REFERRAL_REFUSED,
                    "household",
                    householdId.toString(),
                    null,
                    Map.of(
                            "partner",
                            checked.partner(),
                            "reason",
                            refusal.code().name())));
            throw refusal;
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        referrals.insert(
                id,
                householdId,
                request.caseId(),
                checked,
                json.writeValueAsString(snapshot(consent)),
                now,
                access.actor());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("household", householdId.toString());
        details.put("partner", checked.partner());
        details.put("need", checked.need().name());
        audit.recordWithChange(
                new AuditEntry(DocumentationAuditAction.REFERRAL_MADE, "referral", id.toString(), null, details));
        return referrals.find(id, false).orElseThrow();
    }

    /** Records what the partner answered, on the referral's history and, by event, on its case. */
    @Transactional
    public Referral recordOutcome(UUID referralId, ReferralOutcomeRequest request) {
        Referral referral = inScope(referralId, true);
        List<FieldProblem> problems = new ArrayList<>();
        ReferralOutcome outcome = ReferralRules.outcome(request, problems);
        String note = ReferralRules.checkedNote(request.note(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        Instant now = clock.instant();
        String actor = access.actor();
        referrals.outcome(referralId, referral.caseId(), outcome, note, now, actor);
        audit.recordWithChange(new AuditEntry(
                DocumentationAuditAction.REFERRAL_OUTCOME,
                "referral",
                referralId.toString(),
                null,
                Map.of("outcome", outcome.name())));
        events.publishEvent(new ReferralOutcomeRecorded(
                referralId, referral.caseId(), referral.householdId(), referral.partner(), outcome, now, actor));
        return referrals.find(referralId, false).orElseThrow();
    }

    /** A referral with its history. */
    public Referral find(UUID referralId) {
        Referral referral = inScope(referralId, false);
        audit.record(AuditEntry.of(DocumentationAuditAction.READ_REFERRAL, "referral", referralId.toString()));
        return referral;
    }

    /** The household's referrals, newest first, each with its history. */
    public List<Referral> ofHousehold(UUID householdId) {
        households.find(householdId);
        List<Referral> found = referrals.ofHousehold(householdId);
        audit.record(new AuditEntry(
                DocumentationAuditAction.READ_REFERRALS,
                "household",
                householdId.toString(),
                null,
                Map.of("referrals", found.size())));
        return found;
    }

    /** The referrals made for a documentation case, oldest first, of households in the caller's scope. */
    public List<Referral> ofCase(UUID caseId) {
        return referrals.ofCase(caseId).stream()
                .filter(referral -> covers(referral.householdId()))
                .toList();
    }

    /** Why the consent does not cover a referral to the partner, or null when it does. */
    static ReferralRefusedException refusal(Consent consent, String partner) {
        if (consent.recordedAt() == null) {
            return ReferralRefusedException.noConsent();
        }
        if (!consent.allows(Purpose.REFERRAL)) {
            return ReferralRefusedException.purposeNotConsented();
        }
        if (!consent.allowsReferralTo(partner)) {
            return ReferralRefusedException.partnerNotConsented(partner);
        }
        return null;
    }

    private Referral inScope(UUID referralId, boolean forUpdate) {
        Referral referral = referrals
                .find(referralId, forUpdate)
                .orElseThrow(() -> new ReferralNotFoundException(referralId.toString()));
        if (!covers(referral.householdId())) {
            throw new ReferralNotFoundException(referralId.toString());
        }
        return referral;
    }

    private boolean covers(UUID householdId) {
        try {
            households.find(householdId);
            return true;
        } catch (HouseholdNotFoundException outside) {
            return false;
        }
    }

    private static Map<String, Object> snapshot(Consent consent) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put(
                "purposes", consent.purposes().stream().map(Enum::name).sorted().toList());
        snapshot.put("partners", consent.partners());
        snapshot.put("givenBy", consent.givenBy());
        snapshot.put("method", consent.method());
        snapshot.put("recordedAt", String.valueOf(consent.recordedAt()));
        return snapshot;
    }
}
