package org.homeward.movements;

import java.util.List;

/**
 * An agreement as an administrator submits it; dates as {@code YYYY-MM-DD}, fields by their names
 * in {@link SharingField}.
 */
record SharingAgreementRequest(
        String recipient,
        String recipientKind,
        String purpose,
        List<String> fields,
        String validFrom,
        String validTo) {}
