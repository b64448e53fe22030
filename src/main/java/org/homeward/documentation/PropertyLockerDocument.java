package org.homeward.documentation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A property document in a household's locker (a title deed, a tabu extract, a rental contract)
 * with every version ever uploaded, newest first: nothing in a locker is replaced or deleted.
 */
record PropertyLockerDocument(
        UUID id, UUID householdId, String name, Instant createdAt, String createdBy, List<EvidenceFile> versions) {

    /** The newest version. */
    public EvidenceFile latest() {
        return versions.get(0);
    }
}
