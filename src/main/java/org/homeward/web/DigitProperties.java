package org.homeward.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which digits the Arabic pages write numbers, dates and percentages in: {@code latn} (0123, the
 * default, as Syrian documents, phone numbers and P-codes are written) or {@code arab} (٠١٢٣).
 * English always uses {@code latn}. One system per language keeps a page from mixing the two.
 */
@ConfigurationProperties("homeward.digits")
record DigitProperties(String ar) {

    DigitProperties {
        ar = ar == null || ar.isBlank() ? "latn" : ar.trim();
        if (!ar.equals("latn") && !ar.equals("arab")) {
            throw new IllegalArgumentException("homeward.digits.ar must be latn or arab, not " + ar);
        }
    }
}
