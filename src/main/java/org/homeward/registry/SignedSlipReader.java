package org.homeward.registry;

import java.util.Optional;

/**
 * Reads the code printed as a QR on a household's registration slip ({@code HW1.<reference>.<signature>}),
 * typed by a USB scanner into a search box. The feature that signs slips provides it; the registry
 * never learns the slip key. Without one, a scanned code is refused rather than searched.
 */
public interface SignedSlipReader {

    /** The prefix every signed slip code starts with. */
    String PREFIX = "HW1.";

    /** The household reference the code carries when its signature holds; empty for a forged or altered code. */
    Optional<String> referenceOf(String scanned);

    /** Whether the text was scanned from a slip rather than typed as a reference or a name. */
    static boolean isSlipCode(String text) {
        return text != null && text.strip().toUpperCase(java.util.Locale.ROOT).startsWith(PREFIX);
    }
}
