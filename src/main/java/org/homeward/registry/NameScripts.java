package org.homeward.registry;

import java.util.regex.Pattern;

import java.text.Normalizer;

/** Which script a name part is written in, and its tidy form (NFC, single spaces, no tatweel). */
final class NameScripts {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameScripts() {
    }

    static String tidy(String value) {
        return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC).replace("\u0640", "").trim()).replaceAll(" ");
    }

    static boolean isArabicName(String name) {
        return name.codePoints().allMatch(c -> isSeparator(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC && (Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK))
                && name.codePoints().anyMatch(Character::isLetter);
    }

    static boolean isLatinName(String name) {
        return name.codePoints().allMatch(c -> isSeparator(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN && Character.isLetter(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || c == 'ʿ' || c == 'ʾ')
                && name.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean isSeparator(int c) {
        return c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }
}
