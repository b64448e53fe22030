package org.homeward.movements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Signs and checks the code printed as a QR on a household's registration slip:
 * {@code HW1.<reference>.<signature>}, where the signature is the first 120 bits of an HMAC-SHA256
 * of {@code HW1.<reference>} under the slip key, in 24 characters of Crockford's base 32. The code
 * carries the household reference and nothing else about anyone; it is made of capitals, digits,
 * hyphens and dots only, so a USB scanner can type it into a field and a QR stores it compactly.
 *
 * <p>Boarding calls {@link #verify(String)} on whatever the scanner typed: a forged or altered
 * code is refused, and so is a bare reference, which boarding looks up on its own path.
 */
public class SlipCodes {

    /** The version prefix of the codes this Homeward prints. */
    public static final String VERSION = "HW1";

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int SIGNATURE_BYTES = 15;
    static final int SIGNATURE_CHARACTERS = SIGNATURE_BYTES * 8 / 5;
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    private static final Pattern SIGNATURE = Pattern.compile("[" + ALPHABET + "]{" + SIGNATURE_CHARACTERS + "}");
    private final SlipKey current;
    private final List<SlipKey> previous;

    /**
     * @param current  the key that signs new slips
     * @param previous keys that signed slips before a rotation: their slips are still accepted
     */
    SlipCodes(SlipKey current, List<SlipKey> previous) {
        this.current = current;
        this.previous = List.copyOf(previous);
    }

    /** The text to print in a slip's QR code for a household reference, such as {@code HW-7KQ3MZ9TDZ}. */
    public String sign(String reference) {
        String normal = reference == null ? "" : reference.trim().toUpperCase(Locale.ROOT);
        if (!REFERENCE.matcher(normal).matches()) {
            throw new IllegalArgumentException("Not a household reference that can be signed");
        }
        return VERSION + "." + normal + "." + signature(current, normal);
    }

    /**
     * Checks a scanned or typed slip code: the reference it carries when its signature holds under
     * the current key or a previous one, else why it is refused. Never throws for bad input.
     */
    public SlipCheck verify(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            return SlipCheck.refused(SlipRefusal.EMPTY);
        }
        String text = scanned.strip().toUpperCase(Locale.ROOT);
        int firstDot = text.indexOf('.');
        int lastDot = text.lastIndexOf('.');
        if (firstDot < 0) {
            return SlipCheck.refused(SlipRefusal.NOT_A_SLIP_CODE);
        }
        if (!text.substring(0, firstDot).equals(VERSION)) {
            return SlipCheck.refused(
                    text.matches("HW\\d+\\..*") ? SlipRefusal.UNKNOWN_VERSION : SlipRefusal.NOT_A_SLIP_CODE);
        }
        if (lastDot == firstDot || text.length() > 64) {
            return SlipCheck.refused(SlipRefusal.MALFORMED);
        }
        String reference = text.substring(firstDot + 1, lastDot);
        String signature = readAlike(text.substring(lastDot + 1));
        if (!REFERENCE.matcher(reference).matches()
                || !SIGNATURE.matcher(signature).matches()) {
            return SlipCheck.refused(SlipRefusal.MALFORMED);
        }
        byte[] given = signature.getBytes(StandardCharsets.US_ASCII);
        boolean matches =
                MessageDigest.isEqual(signature(current, reference).getBytes(StandardCharsets.US_ASCII), given);
        for (SlipKey older : previous) {
            matches |= MessageDigest.isEqual(signature(older, reference).getBytes(StandardCharsets.US_ASCII), given);
        }
        return matches ? SlipCheck.accepted(reference) : SlipCheck.refused(SlipRefusal.SIGNATURE_MISMATCH);
    }

    private static String signature(SlipKey key, String reference) {
        return base32(Arrays.copyOf(key.sign(VERSION + "." + reference), SIGNATURE_BYTES));
    }

    /** Reads the signature's look-alikes as Crockford does: O as 0, I and L as 1. */
    private static String readAlike(String signature) {
        return signature.replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** Crockford base 32 of the bytes, five bits a character, most significant first. */
    static String base32(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte value : bytes) {
            buffer = (buffer << 8) | (value & 0xFF);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
            buffer &= (1 << bits) - 1;
        }
        if (bits > 0) {
            text.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return text.toString();
    }
}
