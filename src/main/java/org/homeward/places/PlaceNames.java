package org.homeward.places;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reduces a place name written in Arabic or Latin script to keys that compare equal across the
 * ways people write it: with or without "Al-", with or without diacritics, hamza or taa marbuta,
 * with words such as "governorate" or "ناحية", and, for the phonetic key, with the vowels and
 * doubled letters that transliterations disagree on.
 */
final class PlaceNames {

    /**
     * The keys of one reading of a name.
     *
     * @param strict       the words without articles, joined: "Deir ez-Zor district" → "deirzordistrict"
     * @param loose        the strict key without level words ("district", "ناحية") and centre words ("markaz")
     * @param sounds       the loose key with letters that transliterations swap made one and doubled
     *                     letters single: "Raqqa" and "Rakka" → "raka"
     * @param phonetic     the sounds without vowels: "Hassakeh" and "Hasakah" → "hsk"
     * @param looseTokens  the words of the loose key, for matching the start of any word
     * @param impliedLevel the level a level word in the name asks for; null when it has none
     */
    record NameKey(
            String strict,
            String loose,
            String sounds,
            String phonetic,
            List<String> looseTokens,
            PlaceLevel impliedLevel) {
        boolean isEmpty() {
            return loose.isEmpty();
        }
    }

    private static final Set<String> LATIN_ARTICLES = Set.of(
            "al", "el", "il", "ul", "ad", "ed", "adh", "ar", "er", "as", "es", "ash", "esh", "at", "et", "ath", "az",
            "ez", "an", "en");
    private static final Map<String, PlaceLevel> LEVEL_WORDS = levelWords();
    private static final Set<String> CENTRE_WORDS = Set.of(
            "markaz", "mrkz", "merkez", "center", "centre", "city", "town", "madinat", "madina", "madinah", "مركز",
            "مدينه", "بلده");
    // Apostrophes, ayn and hamza marks are left out rather than read as a word break: Dar'a is Dara.
    private static final String DROPPED = "'’‘`´ʿʾʼʻ′\"ءـ";
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ı', "i"),
            Map.entry('ł', "l"),
            Map.entry('ø', "o"),
            Map.entry('đ', "d"),
            Map.entry('ħ', "h"),
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('þ', "th"),
            Map.entry('ة', "ه"),
            Map.entry('ى', "ي"),
            Map.entry('ی', "ي"),
            Map.entry('ې', "ي"),
            Map.entry('ێ', "ي"),
            Map.entry('ک', "ك"),
            Map.entry('گ', "ك"),
            Map.entry('ۆ', "و"),
            Map.entry('ۇ', "و"),
            Map.entry('ە', "ه"),
            Map.entry('ھ', "ه"),
            Map.entry('ڕ', "ر"),
            Map.entry('ڵ', "ل"),
            Map.entry('پ', "ب"),
            Map.entry('چ', "ج"),
            Map.entry('ڤ', "ف"),
            Map.entry('ژ', "ز"),
            Map.entry('ٱ', "ا"));

    private PlaceNames() {}

    /**
     * The keys of a name: one reading, or two when a Latin word may carry a joined article
     * ("Elfijeh", "Alhasakah"), read once with it and once without.
     */
    static List<NameKey> keys(String text) {
        List<String> words = words(text);
        PlaceLevel level = impliedLevel(words);
        NameKey asWritten = key(words, level, false);
        NameKey withoutJoinedArticles = key(words, level, true);
        return asWritten.equals(withoutJoinedArticles) ? List.of(asWritten) : List.of(asWritten, withoutJoinedArticles);
    }

    /** The words of a name, lower case, without diacritics, with Arabic letter variants made one. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.FORMAT
                    || DROPPED.indexOf(c) >= 0) {
                continue;
            }
            String mapped = LETTERS.get(c);
            if (mapped != null) {
                folded.append(mapped);
            } else {
                folded.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : folded.toString().trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("district")
                    && !words.isEmpty()
                    && words.get(words.size() - 1).equals("sub")) {
                words.set(words.size() - 1, "subdistrict");
                continue;
            }
            // The Arabic article is always joined to its word: الحسكة and حسكة are the same name.
            if (word.startsWith("ال")) {
                word = word.substring(2);
            }
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the text contains Arabic letters. */
    static boolean isArabic(String text) {
        return text.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
    }

    private static NameKey key(List<String> words, PlaceLevel level, boolean stripJoinedArticles) {
        StringBuilder strict = new StringBuilder();
        StringBuilder loose = new StringBuilder();
        StringBuilder sounds = new StringBuilder();
        StringBuilder phonetic = new StringBuilder();
        List<String> looseTokens = new ArrayList<>();
        for (String original : words) {
            if (LATIN_ARTICLES.contains(original)) {
                continue;
            }
            String word = stripJoinedArticles ? withoutJoinedArticle(original) : original;
            strict.append(word);
            if (LEVEL_WORDS.containsKey(word) || CENTRE_WORDS.contains(word)) {
                continue;
            }
            loose.append(word);
            looseTokens.add(word);
            String wordSounds = sounds(word);
            sounds.append(wordSounds);
            phonetic.append(withoutVowels(wordSounds));
        }
        return new NameKey(
                strict.toString(),
                loose.toString(),
                sounds.toString(),
                phonetic.toString(),
                List.copyOf(looseTokens),
                level);
    }

    private static String withoutJoinedArticle(String word) {
        if (isArabic(word)) {
            // Two words typed as one: ديرالزور for دير الزور, معرةالنعمان for معرة النعمان.
            int article = word.indexOf("ال", 3);
            return article > 0 && word.length() - article - 2 >= 3
                    ? word.substring(0, article) + word.substring(article + 2)
                    : word;
        }
        if ((word.startsWith("al") || word.startsWith("el")) && word.length() >= 5) {
            return word.substring(2);
        }
        return word;
    }

    private static PlaceLevel impliedLevel(List<String> words) {
        for (String word : words) {
            PlaceLevel level = LEVEL_WORDS.get(word);
            if (level != null) {
                return level;
            }
        }
        return null;
    }

    /**
     * One word with the letters transliterations swap made one (q and k, ou and u, dh and d, ذ and د),
     * digraphs written as one letter (sh, kh), the final h or ه of a taa marbuta dropped, and doubled
     * letters single.
     */
    static String sounds(String word) {
        if (word.isEmpty()) {
            return word;
        }
        if (isArabic(word)) {
            String sounds = word.replace('ذ', 'د').replace('ظ', 'ض').replace('ث', 'ت');
            if (sounds.length() > 2 && sounds.endsWith("ه")) {
                sounds = sounds.substring(0, sounds.length() - 1);
            }
            return withoutDoubledLetters(sounds);
        }
        String sounds = word.replace("dj", "j")
                .replace("tch", "sh")
                .replace("sch", "sh")
                .replace("ch", "sh")
                .replace("sh", "š")
                .replace("ou", "u")
                .replace("ph", "f")
                .replace("kh", "x")
                .replace("gh", "g")
                .replace("th", "t")
                .replace("dh", "d")
                .replace("ck", "k")
                .replace('q', 'k')
                .replace('c', 'k');
        // A final h after a vowel writes a taa marbuta or a long vowel: Hasakah, Hasakeh and Hasaka are one.
        if (sounds.length() > 2 && sounds.endsWith("h") && isLatinVowel(sounds.charAt(sounds.length() - 2))) {
            sounds = sounds.substring(0, sounds.length() - 1);
        }
        return withoutDoubledLetters(sounds);
    }

    /** The consonant skeleton of a word's sounds, which transliterations of one Arabic word share. */
    static String withoutVowels(String sounds) {
        boolean arabic = isArabic(sounds);
        StringBuilder skeleton = new StringBuilder();
        for (int i = 0; i < sounds.length(); i++) {
            char c = sounds.charAt(i);
            boolean semivowel = arabic ? c == 'و' || c == 'ي' : c == 'w' || c == 'y';
            boolean vowel = arabic ? c == 'ا' : isLatinVowel(c);
            // An initial w or y is a consonant (Wadi, Yabroud); inside a word it writes a vowel (Dayr, Deir).
            if (!vowel && !(semivowel && i > 0)) {
                skeleton.append(c);
            }
        }
        return skeleton.toString();
    }

    private static String withoutDoubledLetters(String text) {
        StringBuilder single = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (i == 0 || text.charAt(i) != text.charAt(i - 1)) {
                single.append(text.charAt(i));
            }
        }
        return single.toString();
    }

    private static boolean isLatinVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * The optimal-string-alignment distance between two keys (insertions, deletions, substitutions
     * and swaps of neighbours), or {@code limit + 1} as soon as it is known to exceed the limit.
     */
    static int distance(String first, String second, int limit) {
        if (Math.abs(first.length() - second.length()) > limit) {
            return limit + 1;
        }
        int[][] cost = new int[first.length() + 1][second.length() + 1];
        for (int i = 0; i <= first.length(); i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= second.length(); j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= first.length(); i++) {
            int rowBest = Integer.MAX_VALUE;
            for (int j = 1; j <= second.length(); j++) {
                int substitution = first.charAt(i - 1) == second.charAt(j - 1) ? 0 : 1;
                int best =
                        Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1), cost[i - 1][j - 1] + substitution);
                if (i > 1
                        && j > 1
                        && first.charAt(i - 1) == second.charAt(j - 2)
                        && first.charAt(i - 2) == second.charAt(j - 1)) {
                    best = Math.min(best, cost[i - 2][j - 2] + 1);
                }
                cost[i][j] = best;
                rowBest = Math.min(rowBest, best);
            }
            if (rowBest > limit) {
                return limit + 1;
            }
        }
        return Math.min(cost[first.length()][second.length()], limit + 1);
    }

    private static Map<String, PlaceLevel> levelWords() {
        Map<String, PlaceLevel> words = new java.util.HashMap<>();
        for (String word : List.of(
                "governorate",
                "governorat",
                "gouvernorat",
                "province",
                "provinz",
                "muhafazah",
                "muhafazat",
                "muhafaza",
                "mohafaza",
                "mohafazah",
                "mohafazat",
                "محافظه")) {
            words.put(word, PlaceLevel.GOVERNORATE);
        }
        for (String word : List.of(
                "district", "mantiqa", "mantiqah", "mantiqat", "mintaqa", "mintaqah", "mintaqat", "mantika", "منطقه")) {
            words.put(word, PlaceLevel.DISTRICT);
        }
        for (String word :
                List.of("subdistrict", "nahiya", "nahiyah", "nahiyat", "nahia", "nahiye", "nahie", "nahyt", "ناحيه")) {
            words.put(word, PlaceLevel.SUBDISTRICT);
        }
        return Map.copyOf(words);
    }
}
