package org.homeward.linkage;

import org.homeward.registry.SensitiveFields;

/**
 * The values a comparison shows of a phone or a document number: masked as on the household page,
 * with whether the two are the same, so a reviewer can judge a pair without seeing either number
 * whole. Names, dates and places are shown as they are.
 */
final class MaskedValues {

    static final String SAME = "same";
    static final String DIFFERENT = "different";
    static final String MISSING = "missing";

    private MaskedValues() {}

    /** Whether the field (a linkage field's name) holds a phone or a document number. */
    static boolean sensitive(String field) {
        return "PHONE".equals(field) || "DOCUMENT".equals(field);
    }

    /** The value as a comparison may show it: masked when the field is a phone or a document number. */
    static String shown(String field, String value) {
        if (value == null || value.isEmpty() || !sensitive(field)) {
            return value;
        }
        return "PHONE".equals(field) ? SensitiveFields.maskPhone(value) : SensitiveFields.maskDocument(value);
    }

    /** "same", "different", or "missing" when either side has no value (compared whole, before masking). */
    static String comparison(String first, String second) {
        if (first == null || first.isBlank() || second == null || second.isBlank()) {
            return MISSING;
        }
        return first.equals(second) ? SAME : DIFFERENT;
    }
}
