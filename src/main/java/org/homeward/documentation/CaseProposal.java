package org.homeward.documentation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case the registry's data suggests, waiting for a case worker to accept or dismiss it.
 *
 * @param gap    what is missing: {@code BIRTH_NOT_REGISTERED}, {@code NO_IDENTITY_DOCUMENT} or {@code PROPERTY_CLAIMS_OPEN}
 * @param status PROPOSED, ACCEPTED or DISMISSED
 */
record CaseProposal(
        UUID id,
        UUID householdId,
        UUID individualId,
        String caseType,
        String jurisdiction,
        String gap,
        String registrationSite,
        String destinationPcode,
        LocalDate eventDate,
        String status,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt,
        String dismissReason,
        UUID caseId) {}
