package org.homeward.movements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a person is shown about their destination while their voluntariness is recorded, in Arabic
 * and English, with a digest of both so that the form proves which words were on the screen.
 *
 * @param destinationPcode the household's destination
 * @param status           the area's state as the briefing's author put it (e.g. {@code UNKNOWN})
 * @param textEnglish      the words in English
 * @param textArabic       the words in Arabic
 * @param digest           SHA-256 of the status and both texts, sent back with the form
 */
public record VoluntarinessBriefing(
        String destinationPcode, String status, String textEnglish, String textArabic, String digest) {

    static VoluntarinessBriefing of(String destinationPcode, String status, String textEnglish, String textArabic) {
        return new VoluntarinessBriefing(
                destinationPcode,
                status,
                textEnglish,
                textArabic,
                digestOf(destinationPcode, status, textEnglish, textArabic));
    }

    /** The words in one of the two languages ({@code ar} or anything else for English). */
    String textIn(String language) {
        return "ar".equals(language) ? textArabic : textEnglish;
    }

    private static String digestOf(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java runtime has SHA-256", missing);
        }
    }
}
