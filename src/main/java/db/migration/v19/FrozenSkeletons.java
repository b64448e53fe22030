package db.migration.v19;

import java.util.List;

/**
 * The cross-script consonant skeleton of one name, computed as the linkage engine's
 * {@code SearchKeys.ofName} computed it when {@code V19__name_keys_by_chain_part} was written
 * (its {@code NameStandardiser.words} and the skeleton of {@code StandardName}), kept unchanged.
 */
final class FrozenSkeletons {

    private FrozenSkeletons() {}

    /** The skeleton of a name in its role, or null for a name without letters. */
    static String of(String raw, FrozenNameRole role) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (FrozenArabicNames.isArabicLetter(c) || c >= '\u064B' && c <= '\u065F' || c == 'ـ') {
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
        String normalisedArabic = FrozenArabicNames.normalise(arabic.toString());
        String foldedLatin = FrozenLatinNames.fold(latin.toString());
        List<String> arabicWords =
                normalisedArabic.isEmpty() ? List.of() : FrozenArabicNames.words(normalisedArabic, role);
        List<String> latinWords = foldedLatin.isEmpty() ? List.of() : FrozenLatinNames.words(foldedLatin, role);
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
                FrozenArabicNames.tokens(word, tokens);
            }
            arabic = String.join("", arabicWords);
            arabicTokens = FrozenNameTokens.collapse(tokens);
        }
        String latinTokens = null;
        String latin = null;
        if (!latinWords.isEmpty()) {
            StringBuilder tokens = new StringBuilder();
            for (String word : latinWords) {
                FrozenLatinNames.tokens(word, tokens);
            }
            latin = String.join("", latinWords).replace("'", "");
            latinTokens = FrozenNameTokens.collapse(tokens);
        }
        if ((arabic == null || arabic.isEmpty()) && (latin == null || latin.isEmpty())) {
            return null;
        }
        return FrozenNameTokens.skeleton(arabicTokens != null ? arabicTokens : latinTokens);
    }
}
