package org.homeward.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The folded form of names that search compares: Arabic without diacritics and with one form of
 * alef, yaa and haa; Latin in lower case without accents or apostrophes.
 */
public final class SearchText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(PhoneNumbers.toAsciiDigits(text), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\u0640'
                    || c == '\''
                    || c == '’'
                    || c == 'ʿ'
                    || c == 'ʾ') {
                continue;
            }
            folded.append(
                    switch (c) {
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
        return of(individual, SearchText::fold);
    }

    /**
     * The same text, folding each name part with the given function (a bulk import remembers the
     * folded form of each name it has seen). Folding part by part and joining the non-empty results
     * with one space gives what folding the joined parts gives: folding never joins across a space.
     */
    static String of(Individual individual, UnaryOperator<String> folding) {
        StringBuilder text = new StringBuilder(64);
        List<String> parts = new ArrayList<>(individual.names().arabic());
        parts.addAll(individual.names().latin());
        for (String part : parts) {
            if (part == null) {
                continue;
            }
            String folded = folding.apply(part);
            if (!folded.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(folded);
            }
        }
        return text.toString();
    }

    /** The words of a query, folded, each of which must appear in a match. */
    static List<String> terms(String query) {
        return Arrays.stream(fold(query).split(" "))
                .filter(term -> !term.isBlank())
                .toList();
    }
}
