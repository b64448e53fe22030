package db.migration.v4_1;

import java.util.ArrayList;
import java.util.List;

/**
 * Arabic-script name normalisation and sound tokens. Spelling freedoms of Arabic script (alef
 * forms, hamza seats, taa marbuta, alef maqsura, diacritics, tatweel) are folded away, so that
 * "أحمد" and "احمد" are the same; {@link #tokens} writes the consonant skeleton in the alphabet
 * of {@link V41NameTokens} so an Arabic spelling meets its Latin ones.
 *
 * <p>A frozen copy of the linkage engine's {@code ArabicNames} as it stood when
 * {@code V4_1__linkage_name_keys} was written, so that the migration's result never follows later changes.
 */
final class V41ArabicNames {

    private V41ArabicNames() {}

    static boolean isArabicLetter(int c) {
        return c >= 0x0620 && c <= 0x064A || c >= 0x0671 && c <= 0x06D3 || c == 0x0621;
    }

    /** Folds spelling freedoms: one alef, no hamza seats, ة→ه, ى→ي, no diacritics or tatweel. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> out.append('ا');
                case 'ؤ' -> out.append('و');
                case 'ئ', 'ى', 'ی', 'ې' -> out.append('ي');
                case 'ة' -> out.append('ه');
                case 'ک' -> out.append('ك');
                case 'گ' -> out.append('ك');
                case 'پ' -> out.append('ب');
                case 'چ' -> out.append('ج');
                case 'ژ' -> out.append('ز');
                case 'ڤ' -> out.append('ف');
                case 'ء', 'ـ' -> {}
                default -> {
                    if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c >= '\u06D6' && c <= '\u06ED') {
                        break;
                    }
                    if (isArabicLetter(c)) {
                        out.append(c);
                    } else if (Character.isWhitespace(c) || c == '-' || c == '.' || c == '_') {
                        out.append(' ');
                    }
                }
            }
        }
        return out.toString().trim().replaceAll(" +", " ");
    }

    /**
     * The words of a normalised name with compounds joined ("عبد الرحمن" → "عبدرحمن") and
     * articles dropped where they are not part of the name ("ال" of family names).
     */
    static List<String> words(String normalised, V41NameRole role) {
        String[] parts = normalised.split(" ");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i];
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("ال") && i + 1 < parts.length) {
                continue;
            }
            if ((word.equals("عبد") || word.equals("ابو")) && i + 1 < parts.length) {
                String next = parts[++i];
                word = word + (next.startsWith("ال") && next.length() >= 4 ? next.substring(2) : next);
            } else if (word.startsWith("عبدال") && word.length() > 5) {
                word = "عبد" + word.substring(5);
            } else {
                // Family names lose their article; so do given names, so that a family name written
                // in the given name's place still meets itself (rare given names with "ال" lose it alike).
                word = stripArticle(word);
            }
            if (word.equals("الدين") || word.equals("دين") && !words.isEmpty()) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "دين");
                continue;
            }
            words.add(word);
        }
        return words;
    }

    private static String stripArticle(String word) {
        return word.startsWith("ال") && word.length() >= 5 ? word.substring(2) : word;
    }

    /** The sound tokens of one normalised word (see {@link V41NameTokens}). */
    static void tokens(String word, StringBuilder out) {
        if (word.equals("عمرو")) {
            word = "عمر";
        }
        int length = word.length();
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            boolean first = i == 0;
            boolean last = i == length - 1;
            switch (c) {
                case 'ا' -> out.append(first ? '^' : last ? '1' : 'A');
                case 'ع' -> out.append(first ? '^' : '\'');
                case 'ب' -> out.append('B');
                case 'ت', 'ط' -> out.append('T');
                case 'ث' -> out.append("Tx");
                case 'ج' -> out.append('J');
                case 'ح', 'خ' -> out.append('H');
                case 'د', 'ض' -> out.append('D');
                case 'ذ' -> out.append("Dx");
                case 'ر' -> out.append('R');
                case 'ز', 'ظ' -> out.append('Z');
                case 'س', 'ص' -> out.append('S');
                case 'ش' -> out.append("Sx");
                case 'غ' -> out.append('G');
                case 'ف' -> out.append('F');
                case 'ق', 'ك' -> out.append('K');
                case 'ل' -> out.append('L');
                case 'م' -> out.append('M');
                case 'ن' -> out.append('N');
                case 'ه' -> out.append(last && !first ? 'h' : 'H');
                case 'و' -> out.append(last && !first ? '3' : 'W');
                case 'ي' -> out.append(last && !first ? '5' : 'Y');
                default -> {}
            }
        }
    }
}
