package db.migration.v4_1;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latin-script name folding and sound tokens. Transliterations of one Arabic name differ in
 * vowels (Mohammad, Muhammed), doubled letters (Hassan), digraphs (Khaled, Haled), articles
 * (Al-Hamwi, Hamwi) and compounds (Abd al-Rahman, Abdulrahman); this class folds those and
 * writes the rest in the alphabet of {@link V41NameTokens}.
 *
 * <p>A frozen copy of the linkage engine's {@code LatinNames} as it stood when
 * {@code V4_1__linkage_name_keys} was written, so that the migration's result never follows later changes.
 */
final class V41LatinNames {

    private static final Set<String> MUHAMMAD_ABBREVIATIONS = Set.of("mhd", "mohd", "muhd", "md", "mhmd");
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "ol");
    private static final Set<String> SUN_ARTICLES = Set.of(
            "ar", "er", "ur", "as", "es", "us", "ash", "esh", "ush", "ad", "ed", "ud", "at", "et", "ut", "az", "ez",
            "uz", "an", "en", "un", "ath", "adh", "r", "s", "d", "t", "z", "n", "sh", "th", "dh");
    /** "abd" + linking vowel + article consonant + rest: abdul-aziz, abdurrahman, abdallah. */
    private static final Pattern ABD_SUFFIX = Pattern.compile("([aeiou])(l|sh|th|dh|r|s|z|n|d|t)?(.*)");
    /** "X-ud-din", "nureddin", "salahuddin": the second part "din" after an assimilated article. */
    private static final Pattern DIN_SUFFIX = Pattern.compile("(.+?)(?:[aeiou][ld]|[aeiou]d)?(?:d(?:i|ee|y)ne?)");

    private static final Pattern DIN_WORD = Pattern.compile("(?:[aeiou][ld]?)?d+(?:i|ee|y)ne?");

    private V41LatinNames() {}

    /** Lower-case ASCII letters, apostrophes and single spaces; accents and marks removed. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + 32));
            } else if (c == '\'' || c == '’' || c == 'ʿ' || c == 'ʾ' || c == '`' || c == 'ʻ' || c == '‘') {
                out.append('\'');
            } else if (c == ' ' || c == '-' || c == '.' || c == '_' || c == '\t' || c == ',') {
                out.append(' ');
            } else if (c == 'ı') {
                out.append('i');
            } else if (c == 'ß') {
                out.append("ss");
            }
        }
        return out.toString().trim().replaceAll(" +", " ");
    }

    /** The words of a folded name, compounds joined and articles dropped (see class comment). */
    static List<String> words(String folded, V41NameRole role) {
        String[] parts = folded.split(" ");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String word = trimApostrophes(parts[i]);
            if (word.isEmpty()) {
                continue;
            }
            String next = i + 1 < parts.length ? trimApostrophes(parts[i + 1]) : "";
            if (!next.isEmpty()
                    && (ARTICLES.contains(word) || SUN_ARTICLES.contains(word) && startsWithSound(next, word))) {
                continue;
            }
            if (MUHAMMAD_ABBREVIATIONS.contains(word)) {
                words.add("muhammad");
                continue;
            }
            if (word.equals("abd") || word.equals("abu") || word.equals("abou")) {
                if (!next.isEmpty()) {
                    i++;
                    if ((ARTICLES.contains(next) || SUN_ARTICLES.contains(next)) && i + 1 < parts.length) {
                        next = trimApostrophes(parts[++i]);
                    }
                    words.add(word + stripJoinedArticle(next));
                    continue;
                }
            } else if (word.startsWith("abd") && word.length() > 3) {
                String joined = joinAbd(word.substring(3));
                if (joined == null && !next.isEmpty()) {
                    i++;
                    words.add("abd" + stripJoinedArticle(next));
                    continue;
                }
                if (joined != null) {
                    word = "abd" + joined;
                }
            } else if (!words.isEmpty() && DIN_WORD.matcher(word).matches()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "din");
                continue;
            } else if (role == V41NameRole.FAMILY
                    && words.isEmpty()
                    && word.length() >= 6
                    && (word.startsWith("al") || word.startsWith("el"))) {
                word = word.substring(2);
            }
            Matcher din = DIN_SUFFIX.matcher(word);
            if (word.length() >= 7 && din.matches() && din.group(1).length() >= 3) {
                word = din.group(1) + "din";
            }
            words.add(word);
        }
        return words;
    }

    /** The rest of "abd"+suffix with its article dropped, or null when the suffix is only an article. */
    private static String joinAbd(String suffix) {
        Matcher matcher = ABD_SUFFIX.matcher(suffix);
        if (!matcher.matches()) {
            return suffix;
        }
        String consonant = matcher.group(2);
        String rest = matcher.group(3);
        if (consonant == null) {
            return rest.isEmpty() ? suffix : rest;
        }
        if (rest.isEmpty()) {
            return null;
        }
        if (consonant.equals("l") || rest.startsWith(consonant)) {
            return rest;
        }
        return consonant + rest;
    }

    private static String stripJoinedArticle(String word) {
        if (word.length() >= 5 && (word.startsWith("al") || word.startsWith("el") || word.startsWith("ul"))) {
            return word.substring(2);
        }
        return word;
    }

    private static boolean startsWithSound(String next, String article) {
        String consonant = article.replaceFirst("^[aeiou]", "");
        return !consonant.isEmpty() && next.startsWith(consonant);
    }

    private static String trimApostrophes(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '\'') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '\'') {
            end--;
        }
        return word.substring(start, end);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** The sound tokens of one folded word (see {@link V41NameTokens}). */
    static void tokens(String word, StringBuilder out) {
        int end = word.length();
        if (end == 0) {
            return;
        }
        // The word's last vowel sound is written in Arabic too (ا ى ي و ة), so it is kept apart.
        boolean silentH = end >= 3 && word.charAt(end - 1) == 'h' && isVowel(word.charAt(end - 2));
        if (silentH) {
            end--;
        }
        int finalStart = end;
        while (finalStart > 0
                && (isVowel(word.charAt(finalStart - 1))
                        || finalStart == end && word.charAt(finalStart - 1) == 'y' && finalStart > 1)) {
            finalStart--;
        }
        if (finalStart == 0) {
            finalStart = Math.min(1, end);
        }
        int i = 0;
        if (isVowel(word.charAt(0))) {
            out.append('^');
        } else if (word.charAt(0) == '\'' && word.length() > 1 && isVowel(word.charAt(1))) {
            out.append('^');
            i = 1;
        }
        while (i < finalStart) {
            i = token(word, i, finalStart, out);
        }
        if (finalStart < end) {
            for (int j = Math.max(finalStart, i); j < end - 1; j++) {
                char vowel = word.charAt(j);
                out.append(vowel == 'o' ? 'u' : vowel == 'y' ? 'i' : vowel);
            }
            out.append(finalToken(word.substring(finalStart, end)));
        }
    }

    private static char finalToken(String run) {
        char last = run.charAt(run.length() - 1);
        return switch (last) {
            case 'a' -> '1';
            case 'i', 'y' -> '2';
            case 'e' -> run.endsWith("ee") || run.endsWith("ie") ? '2' : '4';
            default -> '3';
        };
    }

    /**
     * A run of vowels: written as its first vowel, plus a long "y" where the run glides into e or
     * i (Said, Hussein, Raed, Saeed: ي in Arabic), plus an apostrophe when it has one.
     */
    private static int vowelRun(String word, int i, int end, StringBuilder out) {
        int j = i;
        boolean apostrophe = false;
        boolean glide = false;
        char previous = 0;
        while (j < end && (isVowel(word.charAt(j)) || word.charAt(j) == '\'')) {
            char c = word.charAt(j);
            if (c == '\'') {
                apostrophe = true;
            } else {
                if (previous != 0 && (c == 'i' || c == 'e') && (c != previous || c == 'e')) {
                    glide = true;
                }
                previous = c;
            }
            j++;
        }
        char first = word.charAt(i) == '\'' ? word.charAt(i + 1) : word.charAt(i);
        out.append(first == 'o' ? 'u' : first);
        if (apostrophe) {
            out.append('\'');
        }
        if (glide) {
            out.append('Y');
        } else if (previous != first) {
            out.append(previous == 'o' ? 'u' : previous);
        }
        return j;
    }

    private static int token(String word, int i, int end, StringBuilder out) {
        char c = word.charAt(i);
        char next = i + 1 < end ? word.charAt(i + 1) : 0;
        if (next == 'h') {
            switch (c) {
                case 'k':
                    out.append('H');
                    return i + 2;
                case 'g':
                    out.append('G');
                    return i + 2;
                case 's', 'c':
                    out.append("Sq");
                    return i + 2;
                case 't':
                    out.append("Tq");
                    return i + 2;
                case 'd':
                    out.append("Dq");
                    return i + 2;
                case 'p':
                    out.append('F');
                    return i + 2;
                case 'z':
                    out.append('J');
                    return i + 2;
                default:
                    break;
            }
        }
        if (c == 's' && next == 'c' && i + 2 < end && word.charAt(i + 2) == 'h') {
            out.append("Sq");
            return i + 3;
        }
        if (c == 'd' && next == 'j') {
            out.append('J');
            return i + 2;
        }
        if (isVowel(c)) {
            return vowelRun(word, i, end, out);
        }
        switch (c) {
            case 'b', 'p' -> out.append('B');
            case 'c', 'k', 'q' -> out.append('K');
            case 'd' -> out.append('D');
            case 'f', 'v' -> out.append('F');
            case 'g' -> out.append('G');
            case 'h' -> out.append('H');
            case 'j' -> out.append('J');
            case 'l' -> out.append('L');
            case 'm' -> out.append('M');
            case 'n' -> out.append('N');
            case 'r' -> out.append('R');
            case 's' -> out.append('S');
            case 't' -> out.append('T');
            case 'w' -> out.append('W');
            case 'x' -> out.append("KS");
            case 'y' -> out.append('Y');
            case 'z' -> out.append('Z');
            case '\'' -> out.append('\'');
            default -> {}
        }
        return i + 1;
    }
}
