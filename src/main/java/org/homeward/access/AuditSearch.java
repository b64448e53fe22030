package org.homeward.access;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The criteria of an audit search as the audit page posts them: who acted, the household (its
 * reference in either form, or its id) and the days; posted, so that no reference ends up in an address.
 */
record AuditSearch(
        String user,
        String household,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        Boolean verify) {

    static AuditSearch none() {
        return new AuditSearch(null, null, null, null, null);
    }

    boolean namesHousehold() {
        return household != null && !household.isBlank();
    }
}
