package org.homeward.movements;

/** Why a scanned slip code was not accepted; each has a message key in the printing bundle. */
enum SlipRefusal {
    /** Nothing was scanned or typed. */
    EMPTY,
    /** The text is not a slip code at all (a bare reference typed by hand is one: boarding looks it up its own way). */
    NOT_A_SLIP_CODE,
    /** A slip code of a version this Homeward does not know. */
    UNKNOWN_VERSION,
    /** The code has the right version but not the right shape: a part missing, too long, or a character outside its alphabet. */
    MALFORMED,
    /** The signature does not match the reference under any of the keys: forged, altered or mistyped. */
    SIGNATURE_MISMATCH;

    /** The message key that explains the refusal in English and Arabic. */
    public String messageKey() {
        return "slip.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
