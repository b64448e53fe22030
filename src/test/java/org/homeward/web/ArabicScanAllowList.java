package org.homeward.web;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Latin-letter words an Arabic page may show, each for a reason: codes are written the same in
 * every language (references, P-codes, ISO country codes, HXL tags, file formats), the name of the
 * other language is written in that language on the switch that chooses it, and the units and
 * formats below have no Arabic form that the people using Homeward would read more easily.
 */
final class ArabicScanAllowList {

    /**
     * A code holding a digit: a reference (HW-7KQ3MZ9TDZ), a P-code (SY0100, C1001), a document number, a centre
     * code, a date or a time. Capitals, digits and the marks codes are written with only: a word with a small
     * letter or a bracket, such as a field's path ({@code members[1].birthDate}), is words to translate.
     */
    private static final Pattern WITH_DIGIT = Pattern.compile("(?=[^\\d]*\\d)[\\p{Lu}\\d+\\-_./:%]+");
    /** A household reference, whose random letters may happen to hold no digit (HW-VDSTVQWWVN). */
    private static final Pattern REFERENCE = Pattern.compile("HW-[0-9A-Z]{6,}");
    /** An ISO 3166 country code (LBN, TUR) or another capital code of two or three letters. */
    private static final Pattern SHORT_CAPITAL_CODE = Pattern.compile("[A-Z]{2,3}");
    /** An HXL hashtag with its attributes (#affected+returnees, #adm3+code). */
    private static final Pattern HXL_TAG = Pattern.compile("#[a-z][a-z0-9_]*(\\+[a-z0-9_]+)*");
    /** An address of the API, named for those who fetch the same figures (api/v1/statistics/returns-by-condition). */
    private static final Pattern API_ADDRESS = Pattern.compile("/?api/v\\d+(/[a-z0-9\\-_.{}]+)*");
    /** A file's digest, shown so that a copy can be checked against it (SHA-256 in hexadecimal). */
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{32,}");
    /** Words written in Latin letters on purpose, with the reason above. */
    private static final Set<String> WORDS = Set.of(
            "English", // the language switch names English in English
            "Homeward", // the product's name
            "XLSX",
            "JSON",
            "JPEG",
            "YYYY-MM-DD", // file and date formats, named as the files name them
            "YYYY-MM",
            "YYYY",
            "UUID", // the kind of identifier a device gives a record, named as the API names it
            "KoBo", // the survey tool whose exports are imported, by its name
            "Alt+N", // a keyboard shortcut, named as the keyboard writes it
            "P-code", // OCHA's term for the place codes, used as is in Arabic
            "Natural",
            "Earth",
            "Open-Syria",
            "data-geography"); // the titles of the cited map data sets

    private ArabicScanAllowList() {}

    static boolean allows(String word) {
        return WITH_DIGIT.matcher(word).matches()
                || REFERENCE.matcher(word).matches()
                || SHORT_CAPITAL_CODE.matcher(word).matches()
                || HXL_TAG.matcher(word).matches()
                || API_ADDRESS.matcher(word).matches()
                || DIGEST.matcher(word).matches()
                || WORDS.contains(word);
    }
}
