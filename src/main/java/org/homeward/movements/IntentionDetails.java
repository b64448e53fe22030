package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;

/** What a household said about returning, checked and with its destination resolved to a P-code. */
record IntentionDetails(
        IntentionAnswer intention,
        String destinationPcode,
        List<IntentionCondition> conditions,
        boolean goAndSeeFirst,
        LocalDate statedOn) {

    IntentionDetails {
        conditions = List.copyOf(conditions);
    }
}
