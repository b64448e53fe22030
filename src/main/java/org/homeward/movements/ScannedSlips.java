package org.homeward.movements;

/**
 * What boarding needs of the registration slips: the household reference a scanned slip carries,
 * or a refusal when the slip was not signed with Homeward's slip key.
 *
 * <p>A scanned slip reads {@code HW1.<reference>.<signature>}. Kept as a narrow seam so that the
 * printing side's signer and boarding's reader can be one class without boarding knowing which.
 */
interface ScannedSlips {

    /** The prefix every signed slip starts with; text without it is a reference typed by hand. */
    String PREFIX = "HW1.";

    /**
     * The reference carried by a scanned slip.
     *
     * @throws BoardingRefusedException with code {@code SLIP_REFUSED} when the text is not a slip
     *                                  or its signature does not match its reference
     */
    String referenceOf(String scanned);

    /** Whether the text was scanned from a slip (rather than a reference typed by hand). */
    static boolean isSlip(String text) {
        return text != null && text.trim().toUpperCase(java.util.Locale.ROOT).startsWith(PREFIX);
    }
}
