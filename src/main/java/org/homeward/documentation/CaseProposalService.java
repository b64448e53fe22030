package org.homeward.documentation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes cases where a household's record shows a gap, and lets a case worker accept a proposal
 * (a case opens, assigned to them) or dismiss it with a reason that is kept.
 */
@Service
class CaseProposalService {

    private final CaseProposalRepository proposals;
    private final DocumentationCaseService cases;
    private final CaseTypeCatalogue catalogue;
    private final DocumentationProperties properties;
    private final HouseholdQueries households;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    CaseProposalService(
            CaseProposalRepository proposals,
            DocumentationCaseService cases,
            CaseTypeCatalogue catalogue,
            DocumentationProperties properties,
            HouseholdQueries households,
            CurrentAccess access,
            AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.cases = cases;
        this.catalogue = catalogue;
        this.properties = properties;
        this.households = households;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes a case for every gap in the household's record not proposed before; how many are new. */
    @Transactional
    public int proposeFor(UUID householdId) {
        Household household = households.find(householdId);
        Instant now = clock.instant();
        int added = 0;
        for (ProposalGaps.Gap gap : ProposalGaps.of(household, LocalDate.now(clock), properties, catalogue)) {
            CaseProposal proposal = new CaseProposal(
                    UUID.randomUUID(),
                    household.id(),
                    gap.individualId(),
                    gap.caseType(),
                    gap.jurisdiction(),
                    gap.gap(),
                    household.registrationSite(),
                    household.journey().destinationPcode(),
                    gap.eventDate(),
                    "PROPOSED",
                    now,
                    null,
                    null,
                    null,
                    null);
            if (proposals.insertOnce(proposal)) {
                added++;
            }
        }
        return added;
    }

    /**
     * Proposes a case for every gap of households a bulk import wrote, in one statement for the batch,
     * judged by the same rules as a single registration; how many proposals are new.
     */
    @Transactional
    public int proposeForAll(List<Household> imported) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<CaseProposal> found = new ArrayList<>();
        for (Household household : imported) {
            for (ProposalGaps.Gap gap : ProposalGaps.of(household, today, properties, catalogue)) {
                found.add(new CaseProposal(
                        UUID.randomUUID(),
                        household.id(),
                        gap.individualId(),
                        gap.caseType(),
                        gap.jurisdiction(),
                        gap.gap(),
                        household.registrationSite(),
                        household.journey().destinationPcode(),
                        gap.eventDate(),
                        "PROPOSED",
                        now,
                        null,
                        null,
                        null,
                        null));
            }
        }
        return found.isEmpty() ? 0 : proposals.insertAllOnce(found, now);
    }

    /** The proposals in the caller's scope: those waiting (status PROPOSED) unless another status is asked for. */
    @Transactional(readOnly = true)
    public List<CaseProposal> list(String status, UUID household) {
        String wanted = status == null || status.isBlank() ? "PROPOSED" : status.trim();
        if (!List.of("PROPOSED", "ACCEPTED", "DISMISSED").contains(wanted)) {
            throw InvalidCaseRequestException.of(
                    "status", DocumentationProblemCode.UNKNOWN_VALUE, "is PROPOSED, ACCEPTED or DISMISSED");
        }
        List<CaseProposal> listed =
                proposals.list(access.scope(), wanted, household, DocumentationCaseService.QUEUE_SIZE);
        if (!listed.isEmpty()) {
            audit.record(new AuditEntry(
                    DocumentationAuditAction.LIST_CASE_PROPOSALS,
                    "documentation_proposal",
                    null,
                    wanted,
                    Map.of(
                            "households",
                            listed.stream()
                                    .map(found -> found.householdId().toString())
                                    .distinct()
                                    .toList())));
        }
        return listed;
    }

    /** Accepts a proposal: its case opens, assigned to the caller. */
    @Transactional
    public DocumentationCase accept(UUID id) {
        CaseProposal proposal = waiting(id);
        DocumentationCase opened = cases.open(
                new OpenCaseRequest(
                        proposal.householdId(),
                        proposal.individualId(),
                        proposal.caseType(),
                        proposal.jurisdiction(),
                        proposal.eventDate() == null
                                ? null
                                : proposal.eventDate().toString()),
                proposal.id());
        proposals.accept(id, opened.id(), access.actor(), clock.instant());
        return opened;
    }

    /** Dismisses a proposal with the reason, which is kept. */
    @Transactional
    public CaseProposal dismiss(UUID id, String reason) {
        waiting(id);
        String why = CaseInput.text(reason, "reason", 500, true);
        proposals.dismiss(id, why, access.actor(), clock.instant());
        audit.recordWithChange(new AuditEntry(
                DocumentationAuditAction.DISMISS_CASE_PROPOSAL,
                "documentation_proposal",
                id.toString(),
                why,
                Map.of()));
        return proposals.find(id, false).orElseThrow();
    }

    private CaseProposal waiting(UUID id) {
        CaseProposal proposal = proposals
                .find(id, true)
                .filter(found -> access.scope().covers(found.registrationSite(), found.destinationPcode()))
                .orElseThrow(CaseNotFoundException::proposalNotFound);
        if (!"PROPOSED".equals(proposal.status())) {
            throw new CaseConflictException(
                    DocumentationProblemCode.PROPOSAL_ALREADY_DECIDED, "The proposal was already " + proposal.status());
        }
        return proposal;
    }
}
