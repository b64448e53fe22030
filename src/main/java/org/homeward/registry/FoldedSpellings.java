package org.homeward.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Spelling-variant keys from folding rules alone. Arabic script: one alef, no hamza, ة as ه, ى as ي,
 * no diacritics, no article, "عبد ال…" as "عبد…". Latin script: no accents, no article ("Al-", "El ",
 * "As-Saleh", a joined "Alhamwi" in the family part), "Abdul"/"Abdel"/"Abd al-" as one prefix, "Mhd" as
 * "Mohammad", no doubled letters, no final h after a vowel, q as k, ph as f, and vowels in three classes
 * (a; i, ee, y; o, u, ou, oo) with the diphthongs ai, ay, ei as one. A lone "e" stands for a or i
 * ("Mohammed" is "Mohammad", "Khaled" is "Khalid"), so a name can have a few keys. The long vowels
 * stay, which is what tells "Mohammad" (muhamad) from "Mahmoud" (mahmud).
 */
@Component
public final class FoldedSpellings implements SpellingVariants {

    /** Enough for the names of a country; past it the memory starts afresh rather than grow. */
    static final int MAX_REMEMBERED = 200_000;

    private static final int MOST_KEYS = 8;
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ال");
    private static final Set<String> MOHAMMAD = Set.of("mhd", "mohd", "muhd", "mhmd", "mohamd");
    private final Map<ChainPart, Map<String, Set<String>>> remembered = new ConcurrentHashMap<>();

    @Override
    public Set<String> of(String name, ChainPart part) {
        if (name == null || name.isBlank()) {
            return Set.of();
        }
        Map<String, Set<String>> byName = remembered.computeIfAbsent(part, any -> new ConcurrentHashMap<>());
        Set<String> keys = byName.get(name);
        if (keys == null) {
            keys = Set.copyOf(fold(name, part));
            if (byName.size() >= MAX_REMEMBERED) {
                byName.clear();
            }
            byName.put(name, keys);
        }
        return keys;
    }

    /**
     * Whether the long vowels of two folded spellings fit: within one script the same number (Latin ou,
     * oo, ee, aa; Arabic ا و ي after the first letter), so "Hammoud" is not "Hamid"; across scripts no
     * more written in Latin than the Arabic has letters for, so "Mahmoud" is not محمد but "Mohammad" is.
     */
    static boolean longVowelsFit(String one, String other) {
        boolean oneArabic = NameRanking.isArabic(one);
        boolean otherArabic = NameRanking.isArabic(other);
        if (oneArabic == otherArabic) {
            return longVowels(one, oneArabic) == longVowels(other, otherArabic);
        }
        return oneArabic
                ? longVowels(other, false) <= longVowels(one, true)
                : longVowels(one, false) <= longVowels(other, true);
    }

    private static int longVowels(String folded, boolean arabic) {
        int count = 0;
        if (arabic) {
            for (int i = 1; i < folded.length(); i++) {
                char c = folded.charAt(i);
                count += c == 'ا' || c == 'و' || c == 'ي' ? 1 : 0;
            }
            return count;
        }
        for (String digraph : new String[] {"ou", "oo", "ee", "aa"}) {
            for (int at = folded.indexOf(digraph); at >= 0; at = folded.indexOf(digraph, at + 2)) {
                count++;
            }
        }
        return count;
    }

    private static Set<String> fold(String name, ChainPart part) {
        List<String> words = withoutArticles(SearchText.fold(name).split(" "));
        String joined = String.join("", words);
        if (joined.isEmpty()) {
            return Set.of();
        }
        if (joined.charAt(0) >= '\u0600' && joined.charAt(0) <= '\u06ff') {
            String arabic = arabic(joined);
            return arabic.isEmpty() ? Set.of() : Set.of(arabic);
        }
        return latin(joined, part == ChainPart.FAMILY && words.size() == 1);
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
    static final class LatinVowels {

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
}
