package org.homeward.movements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded agreement to share manifests with one recipient: why, which fields, from when to when.
 *
 * @param recipientKind {@code BORDER_AUTHORITY}, {@code DESTINATION_AUTHORITY} or {@code HUMANITARIAN_PARTNER}
 */
record SharingAgreement(
        UUID id,
        String recipient,
        String recipientKind,
        String purpose,
        List<SharingField> fields,
        LocalDate validFrom,
        LocalDate validTo,
        String recordedBy,
        Instant recordedAt) {

    public SharingAgreement {
        fields = List.copyOf(fields);
    }

    /** Whether the agreement holds on the day. */
    public boolean currentOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
