package org.homeward.movements;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Reads the signature of a scanned registration slip: the first 10 bytes of HMAC-SHA256 over
 * {@code "HW1." + reference}, written in RFC 4648 base32, upper case, without padding. A slip whose
 * reference or signature was changed by even one character does not verify.
 */
@Component
class BoardingSlipVerifier implements ScannedSlips {

    static final String ALGORITHM = "HmacSHA256";
    static final int SIGNATURE_BYTES = 10;
    /** Longer than any slip: a reference and 16 signature characters with the prefix and dots. */
    private static final int MAX_LENGTH = 64;
    private final SecretKeySpec key;

    BoardingSlipVerifier(BoardingSlipKey key) {
        this.key = new SecretKeySpec(key.bytes(), ALGORITHM);
    }

    @Override
    public String referenceOf(String scanned) {
        String text = scanned == null ? "" : scanned.trim().toUpperCase(Locale.ROOT);
        if (text.length() > MAX_LENGTH || !text.startsWith(PREFIX)) {
            throw BoardingRefusedException.slip("SLIP_UNREADABLE", "This is not a Homeward registration slip");
        }
        int lastDot = text.lastIndexOf('.');
        if (lastDot <= PREFIX.length()) {
            throw BoardingRefusedException.slip("SLIP_UNREADABLE", "This is not a Homeward registration slip");
        }
        String reference = text.substring(PREFIX.length(), lastDot);
        byte[] shown = text.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signatureOf(reference).getBytes(StandardCharsets.US_ASCII);
        // Compared in constant time, so that a forger learns nothing from how long a refusal takes.
        if (!MessageDigest.isEqual(shown, expected)) {
            throw BoardingRefusedException.slip("SLIP_SIGNATURE_INVALID",
                    "The slip's signature does not match its reference: it was altered or not printed by Homeward");
        }
        return reference;
    }

    /** The signature a genuine slip for the reference carries. */
    String signatureOf(String reference) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((PREFIX + reference).getBytes(StandardCharsets.UTF_8));
            return Base32.encode(Arrays.copyOf(digest, SIGNATURE_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The whole text of a genuine slip for the reference. */
    String slipOf(String reference) {
        return PREFIX + reference + "." + signatureOf(reference);
    }

    /** RFC 4648 base32 without padding: five bits to a character. */
    static final class Base32 {

        private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

        private Base32() {
        }

        static String encode(byte[] bytes) {
            StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
            int buffer = 0;
            int bits = 0;
            for (byte b : bytes) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 5) {
                    text.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                    bits -= 5;
                }
            }
            if (bits > 0) {
                text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
            }
            return text.toString();
        }
    }
}
