package db.migration.v19;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry's spelling-variant keys ({@code FoldedSpellings}, with the folding of {@code SearchText})
 * as they stood when {@code V19__name_keys_by_chain_part} was written, kept unchanged so that the
 * migration gives the same keys whatever the live rules become.
 */
final class FrozenSpellings {

    private static final int MOST_KEYS = 8;
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ال");
    private static final Set<String> MOHAMMAD = Set.of("mhd", "mohd", "muhd", "mhmd", "mohamd");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FrozenSpellings() {}

    static Set<String> of(String name, boolean familyPart) {
        if (name == null || name.isBlank()) {
            return Set.of();
        }
        List<String> words = withoutArticles(fold(name).split(" "));
        String joined = String.join("", words);
        if (joined.isEmpty()) {
            return Set.of();
        }
        if (joined.charAt(0) >= '\u0600' && joined.charAt(0) <= '\u06ff') {
            String arabic = arabic(joined);
            return arabic.isEmpty() ? Set.of() : Set.of(arabic);
        }
        return latin(joined, familyPart && words.size() == 1);
    }

    /** Drops a standalone article before another word: "al hamwi", "as saleh", "ال حموي". */
    private static List<String> withoutArticles(String[] words) {
        List<String> kept = new ArrayList<>();
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            boolean followed = w + 1 < words.length && !words[w + 1].isEmpty();
            boolean sunLetterArticle = word.length() == 2
                    && (word.charAt(0) == 'a' || word.charAt(0) == 'e')
                    && followed
                    && words[w + 1].charAt(0) == word.charAt(1);
            if (!word.isEmpty() && !(followed && (ARTICLES.contains(word) || sunLetterArticle))) {
                kept.add(word);
            }
        }
        return kept;
    }

    private static String arabic(String joined) {
        String word = joined.replace("ء", "");
        if (word.startsWith("عبدال") && word.length() > 5) {
            word = "عبد" + word.substring(5);
        } else if (word.startsWith("ال") && word.length() >= 5) {
            word = word.substring(2);
        }
        return word.equals("عمرو") ? "عمر" : word;
    }

    private static Set<String> latin(String joined, boolean familyName) {
        String word = lettersOnly(joined);
        if (MOHAMMAD.contains(word)) {
            word = "mohammad";
        }
        if (familyName && (word.startsWith("al") || word.startsWith("el")) && word.length() >= 5) {
            word = word.substring(2);
        }
        String prefix = "";
        if (word.startsWith("abd") && word.length() > 4) {
            prefix = "abd";
            word = word.substring(3)
                    .replaceFirst("^[aeiou]l(?=[^aeiou])", "")
                    .replaceFirst("^[aeiou](?=([^aeiou])\\1)", "");
        }
        word = word.replace("ph", "f")
                .replace("ck", "k")
                .replace("ch", "sh")
                .replace("dj", "j")
                .replace('q', 'k')
                .replace('c', 'k');
        return LatinVowels.keys(prefix, word, MOST_KEYS);
    }

    private static String lettersOnly(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** The vowel classes of a Latin spelling, with doubled consonants and a final h after a vowel dropped. */
    private static final class LatinVowels {

        private LatinVowels() {}

        static Set<String> keys(String prefix, String word, int most) {
            List<List<String>> pieces = new ArrayList<>();
            int i = 0;
            while (i < word.length()) {
                char c = word.charAt(i);
                if (isVowel(word, i)) {
                    int end = i;
                    while (end < word.length() && isVowel(word, end)) {
                        end++;
                    }
                    pieces.add(vowelRun(word.substring(i, end), end == word.length() && i > 0));
                    i = end;
                } else {
                    boolean doubled = i > 0 && word.charAt(i - 1) == c;
                    boolean finalH = c == 'h' && i == word.length() - 1 && i > 0 && isVowel(word, i - 1);
                    if (!doubled && !finalH) {
                        pieces.add(List.of(String.valueOf(c)));
                    }
                    i++;
                }
            }
            Set<String> keys = new LinkedHashSet<>();
            keys.add(prefix);
            for (List<String> options : pieces) {
                Set<String> longer = new LinkedHashSet<>();
                for (String key : keys) {
                    for (int o = 0; o < options.size(); o++) {
                        if (o == 0 || longer.size() < most) {
                            longer.add(key + options.get(o));
                        }
                    }
                }
                keys = longer;
            }
            keys.removeIf(String::isEmpty);
            return keys;
        }

        /** A y is a vowel after a consonant when no vowel follows it ("Aly", "Hamdy"; not "Yousef", "Hiyam"). */
        private static boolean isVowel(String word, int i) {
            char c = word.charAt(i);
            if (c == 'y') {
                boolean afterConsonant = i > 0 && "aeiou".indexOf(word.charAt(i - 1)) < 0;
                boolean beforeVowel = i + 1 < word.length() && "aeiou".indexOf(word.charAt(i + 1)) >= 0;
                return afterConsonant && !beforeVowel;
            }
            return "aeiou".indexOf(c) >= 0;
        }

        private static List<String> vowelRun(String run, boolean atTheEnd) {
            StringBuilder classes = new StringBuilder();
            String spelled = run.replace("ee", "i");
            for (int k = 0; k < spelled.length(); k++) {
                char c = switch (spelled.charAt(k)) {
                    case 'o', 'u' -> 'u';
                    case 'i', 'y' -> 'i';
                    default -> spelled.charAt(k);
                };
                if (classes.isEmpty() || classes.charAt(classes.length() - 1) != c) {
                    classes.append(c);
                }
            }
            String folded = classes.toString();
            if (folded.equals("e")) {
                // A lone e is a or i; at the end of a word it may also be silent ("Hassane").
                return atTheEnd ? List.of("a", "i", "") : List.of("a", "i");
            }
            if (folded.length() >= 2 && (folded.charAt(0) == 'a' || folded.charAt(0) == 'e') && folded.endsWith("i")) {
                return List.of("ai");
            }
            return List.of(folded.replace('e', 'a'));
        }
    }

    private static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(toAsciiDigits(text), Normalizer.Form.NFKD);
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

    private static String toAsciiDigits(String text) {
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
