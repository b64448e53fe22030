package org.homeward.registry;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Which script a name part is written in, and its tidy form (NFC, single spaces, no tatweel).
 * The common letters (basic Latin, the Arabic alphabet) are recognised directly; every other
 * character goes through the full Unicode tests, so both paths give the same answers.
 */
final class NameScripts {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameScripts() {}

    static String tidy(String value) {
        if (isAlreadyTidy(value)) {
            return value;
        }
        return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)
                        .replace("\u0640", "")
                        .trim())
                .replaceAll(" ");
    }

    /**
     * Whether tidying would change nothing: printable characters that NFC leaves alone (below the
     * combining marks, or letters of the Arabic alphabet), single spaces between words.
     */
    private static boolean isAlreadyTidy(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == length - 1 || value.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!(c > ' ' && c < 0x7F || c >= 0xA1 && c < 0x0300 && c != 0xAD || isArabicAlphabet(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean isArabicName(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (isArabicAlphabet(c)) {
                letter = true;
            } else if (isSeparator(c)) {
                continue;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC
                    && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                letter |= Character.isLetter(c);
            } else {
                return false;
            }
        }
        return letter;
    }

    static boolean isLatinName(String name) {
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (isSeparator(c) || c == 'ʿ' || c == 'ʾ' || Character.getType(c) == Character.NON_SPACING_MARK) {
                letter |= Character.isLetter(c);
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c)) {
                letter = true;
            } else {
                return false;
            }
        }
        return letter;
    }

    /** The letters of the Arabic alphabet (hamza to yaa, without tatweel): Arabic script, letters, NFC-stable. */
    private static boolean isArabicAlphabet(int c) {
        return c >= 0x0621 && c <= 0x063A || c >= 0x0641 && c <= 0x064A;
    }

    private static boolean isSeparator(int c) {
        return c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }
}
