package org.homeward.movements;

import org.homeward.linkage.PendingDuplicateService;
import org.homeward.linkage.PendingDuplicates;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Whether a traveller has likely duplicates still waiting in the review queue: amber until they are
 * reviewed, since one person registered twice could board twice or under another's identity.
 */
@Component
@Order(40)
class LikelyDuplicateCheck implements DepartureCheck {

    static final String NAME = "likely-duplicates";
    private final PendingDuplicateService duplicates;

    LikelyDuplicateCheck(PendingDuplicateService duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        PendingDuplicates pending = duplicates.of(
                candidate.travelling().stream().map(Traveller::individualId).toList());
        if (pending.none()) {
            return CheckVerdict.green(NAME, "movements.check.duplicates.green");
        }
        return CheckVerdict.amber(
                NAME,
                "movements.check.duplicates.amber",
                Integer.toString(pending.openPairs()),
                Integer.toString(pending.individualsConcerned()));
    }
}
