package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's recorded decision to return, as kept: who recorded it, where, how it was explained,
 * what they were shown about their destination, and whether they withdrew it. The withdrawal reason
 * is protection data: it is empty for anyone but a coordinator or an administrator.
 */
public record VoluntarinessRecord(
        UUID id,
        UUID householdId,
        UUID individualId,
        VoluntarinessBasis basis,
        String decision,
        String recordedBy,
        Instant recordedAt,
        VoluntarinessPlaceType placeType,
        String placeName,
        String interviewLanguage,
        String readAloudBy,
        String interpreter,
        String witness,
        boolean understood,
        boolean signedByPerson,
        String destinationPcode,
        String briefingStatus,
        String briefingLanguage,
        String briefingText,
        String bestInterestsBy,
        LocalDate bestInterestsOn,
        BestInterestsOutcome bestInterestsOutcome,
        String bestInterestsReference,
        Instant withdrawnAt,
        String withdrawnBy,
        String withdrawalReason) {

    /** Whether the decision still stands. */
    public boolean current() {
        return withdrawnAt == null;
    }

    /** The same record without the withdrawal reason, for readers outside protection. */
    VoluntarinessRecord withoutReason() {
        return new VoluntarinessRecord(
                id,
                householdId,
                individualId,
                basis,
                decision,
                recordedBy,
                recordedAt,
                placeType,
                placeName,
                interviewLanguage,
                readAloudBy,
                interpreter,
                witness,
                understood,
                signedByPerson,
                destinationPcode,
                briefingStatus,
                briefingLanguage,
                briefingText,
                bestInterestsBy,
                bestInterestsOn,
                bestInterestsOutcome,
                bestInterestsReference,
                withdrawnAt,
                withdrawnBy,
                null);
    }
}
