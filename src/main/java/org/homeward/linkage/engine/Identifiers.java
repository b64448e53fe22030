package org.homeward.linkage.engine;

import java.util.Locale;

/**
 * Standardises identifiers: phone numbers to E.164 (a number without country code is taken as
 * Syrian), document numbers to upper-case letters and digits, place codes to upper case, sex to
 * 'M' or 'F'. Each answers "" when nothing usable is left.
 */
final class Identifiers {

    private static final String SYRIA = "963";

    private Identifiers() {}

    /** "0944 123 456", "+963-944-123456", "00963944123456", "٠٩٤٤١٢٣٤٥٦" → "+963944123456". */
    public static String phone(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String ascii = LinkageDate.toAsciiDigits(text.trim());
        StringBuilder digits = new StringBuilder();
        boolean plus = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.length() == 0) {
                plus = true;
            }
        }
        String number = digits.toString();
        String international;
        if (plus) {
            international = number;
        } else if (number.startsWith("00")) {
            international = number.substring(2);
        } else if (number.startsWith("0")) {
            international = SYRIA + number.substring(1);
        } else if (number.length() == 9) {
            international = SYRIA + number;
        } else {
            international = number;
        }
        if (international.length() < 8 || international.length() > 15 || international.charAt(0) == '0') {
            return "";
        }
        return "+" + international;
    }

    /** Letters and digits only, upper case, Arabic-Indic digits made ASCII. */
    public static String document(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String ascii = LinkageDate.toAsciiDigits(text.trim()).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A place code (P-code, postcode) as written, trimmed and upper case. */
    public static String place(String text) {
        return text == null ? "" : document(text);
    }

    /** 'M', 'F' or 0 when unknown: m, male, ذكر, f, female, أنثى. */
    public static char sex(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("m") || value.startsWith("ذ") || value.equals("h")) {
            return 'M';
        }
        if (value.startsWith("f") || value.startsWith("أ") || value.startsWith("ا") || value.startsWith("w")) {
            return 'F';
        }
        return 0;
    }
}
