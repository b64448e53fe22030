package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One recorded intention of a household. It is never changed: a later one supersedes it.
 *
 * @param destinationPcode where the household would go, as a P-code; null when not said
 * @param importId         the survey import that brought it, for {@link IntentionSource#SURVEY_IMPORT}
 */
record ReturnIntention(
        long id,
        UUID householdId,
        IntentionAnswer intention,
        String destinationPcode,
        List<IntentionCondition> conditions,
        boolean goAndSeeFirst,
        LocalDate statedOn,
        IntentionSource source,
        UUID importId,
        String recordedBy,
        Instant recordedAt) {

    ReturnIntention {
        conditions = List.copyOf(conditions);
    }
}
