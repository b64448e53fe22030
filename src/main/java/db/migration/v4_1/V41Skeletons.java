package db.migration.v4_1;

import java.util.List;

/**
 * The cross-script consonant skeleton of one name, computed as the linkage engine's
 * {@code SearchKeys.ofName} computed it when {@code V4_1__linkage_name_keys} was written
 * (its {@code NameStandardiser.words} and the skeleton of {@code StandardName}), kept unchanged.
 */
final class V41Skeletons {

    private V41Skeletons() {}

    /** The skeleton of a name in its role, or null for a name without letters. */
    static String of(String raw, V41NameRole role) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (V41ArabicNames.isArabicLetter(c) || c >= '\u064B' && c <= '\u065F' || c == 'ـ') {
                arabic.append(c);
                latin.append(' ');
            } else if (Character.isLetter(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == '\''
                    || c == '’'
                    || c == 'ʿ'
                    || c == 'ʾ') {
                latin.append(c);
                arabic.append(' ');
            } else {
                arabic.append(' ');
                latin.append(' ');
            }
        }
        String normalisedArabic = V41ArabicNames.normalise(arabic.toString());
        String foldedLatin = V41LatinNames.fold(latin.toString());
        List<String> arabicWords =
                normalisedArabic.isEmpty() ? List.of() : V41ArabicNames.words(normalisedArabic, role);
        List<String> latinWords = foldedLatin.isEmpty() ? List.of() : V41LatinNames.words(foldedLatin, role);
        return skeleton(arabicWords, latinWords);
    }

    private static String skeleton(List<String> arabicWords, List<String> latinWords) {
        if (arabicWords.isEmpty() && latinWords.isEmpty()) {
            return null;
        }
        String arabicTokens = null;
        String arabic = null;
        if (!arabicWords.isEmpty()) {
            StringBuilder tokens = new StringBuilder();
            for (String word : arabicWords) {
                V41ArabicNames.tokens(word, tokens);
            }
            arabic = String.join("", arabicWords);
            arabicTokens = V41NameTokens.collapse(tokens);
        }
        String latinTokens = null;
        String latin = null;
        if (!latinWords.isEmpty()) {
            StringBuilder tokens = new StringBuilder();
            for (String word : latinWords) {
                V41LatinNames.tokens(word, tokens);
            }
            latin = String.join("", latinWords).replace("'", "");
            latinTokens = V41NameTokens.collapse(tokens);
        }
        if ((arabic == null || arabic.isEmpty()) && (latin == null || latin.isEmpty())) {
            return null;
        }
        return V41NameTokens.skeleton(arabicTokens != null ? arabicTokens : latinTokens);
    }
}
