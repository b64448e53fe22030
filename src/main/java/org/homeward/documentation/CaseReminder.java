package org.homeward.documentation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder on a case for a day, open until someone marks it done. */
record CaseReminder(
        long id, UUID caseId, LocalDate dueOn, String note, String createdBy, Instant createdAt, Instant doneAt) {

    public boolean open() {
        return doneAt == null;
    }
}
