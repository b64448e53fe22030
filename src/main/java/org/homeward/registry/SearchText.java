package org.homeward.registry;

import java.util.regex.Pattern;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The folded form of names that search compares: Arabic without diacritics and with one form of
 * alef, yaa and haa; Latin in lower case without accents or apostrophes.
 */
public final class SearchText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(PhoneNumbers.toAsciiDigits(text), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640' || c == '\'' || c == '’'
                    || c == 'ʿ' || c == 'ʾ') {
                continue;
            }
            folded.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى', 'ئ' -> 'ي';
                case 'ؤ' -> 'و';
                case '-', '.' -> ' ';
                default -> Character.toLowerCase(c);
            });
        }
        // NFKD splits alef-with-hamza into alef + a combining hamza, dropped above.
        return SPACES.matcher(folded.toString().toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** The searchable text of one individual: every name part in both scripts, folded. */
    static String of(Individual individual) {
        return fold(Arrays.asList(individual.givenNameAr(), individual.fatherNameAr(), individual.grandfatherNameAr(),
                individual.familyNameAr(), individual.givenNameLatin(), individual.fatherNameLatin(),
                individual.grandfatherNameLatin(), individual.familyNameLatin()).stream()
                .filter(Objects::nonNull).collect(Collectors.joining(" ")));
    }

    /** The words of a query, folded, each of which must appear in a match. */
    static List<String> terms(String query) {
        return Arrays.stream(fold(query).split(" ")).filter(term -> !term.isBlank()).toList();
    }
}
