package org.homeward.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Brings phone numbers written in any common way to E.164 ("+963944123456"). A number without
 * a country code is taken as Syrian.
 */
final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");
    private static final Pattern INTERNATIONAL = Pattern.compile("[1-9]\\d{7,14}");

    private static final String SYRIA = "963";

    private PhoneNumbers() {}

    static Optional<String> normalise(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(toAsciiDigits(text)).replaceAll("");
        String international;
        if (digits.startsWith("+")) {
            international = digits.substring(1);
        } else if (digits.startsWith("00")) {
            international = digits.substring(2);
        } else if (digits.startsWith("0")) {
            international = SYRIA + digits.substring(1);
        } else if (digits.length() == 9) {
            international = SYRIA + digits;
        } else {
            international = digits;
        }
        if (!INTERNATIONAL.matcher(international).matches()) {
            return Optional.empty();
        }
        return Optional.of("+" + international);
    }

    /** Arabic-Indic and Eastern Arabic-Indic digits become ASCII digits. */
    static String toAsciiDigits(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                result.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                result.append((char) ('0' + c - '\u06F0'));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
