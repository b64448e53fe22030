package org.homeward.linkage.engine;

import java.util.List;

/**
 * Standardises the links of a name chain written in Arabic script, Latin script or both
 * ("محمد / Mohammad"): normalisation, compounds, articles, and a given name that swallowed the
 * father's (and grandfather's) name.
 */
final class NameStandardiser {

    private NameStandardiser() {}

    /** The words of one name in each script, ready for {@link StandardName#of}. */
    record Words(List<String> arabic, List<String> latin) {
        static final Words NONE = new Words(List.of(), List.of());

        boolean isEmpty() {
            return arabic.isEmpty() && latin.isEmpty();
        }

        int size() {
            return Math.max(arabic.size(), latin.size());
        }

        /** The i-th word alone, in whichever script has it. */
        Words word(int i) {
            return new Words(
                    i < arabic.size() ? List.of(arabic.get(i)) : List.of(),
                    i < latin.size() ? List.of(latin.get(i)) : List.of());
        }

        StandardName standard() {
            return isEmpty() ? StandardName.EMPTY : StandardName.of(arabic, latin);
        }

        /** The name without looking it up in the list of names (for building that list). */
        StandardName unlisted() {
            return isEmpty() ? StandardName.EMPTY : StandardName.unlisted(arabic, latin);
        }
    }

    /** One standardised name. */
    public static StandardName standardise(String raw, NameRole role) {
        return words(raw, role).standard();
    }

    static Words words(String raw, NameRole role) {
        if (raw == null || raw.isBlank()) {
            return Words.NONE;
        }
        StringBuilder arabic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (ArabicNames.isArabicLetter(c) || c >= '\u064B' && c <= '\u065F' || c == 'ـ') {
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
        String normalisedArabic = ArabicNames.normalise(arabic.toString());
        String foldedLatin = LatinNames.fold(latin.toString());
        List<String> arabicWords = normalisedArabic.isEmpty() ? List.of() : ArabicNames.words(normalisedArabic, role);
        List<String> latinWords = foldedLatin.isEmpty() ? List.of() : LatinNames.words(foldedLatin, role);
        return new Words(arabicWords, latinWords);
    }

    /**
     * Standardises the whole chain. A given name of several names with an empty father's name
     * (or whose second name is the father's name) has swallowed the chain and is split. A null
     * father's name means the source has no such field, and then nothing is split.
     */
    public static StandardName[] chain(String given, String father, String grandfather, String family) {
        Words givenWords = words(given, NameRole.GIVEN);
        Words fatherWords = words(father, NameRole.FATHER);
        Words grandfatherWords = words(grandfather, NameRole.GRANDFATHER);
        Words familyWords = words(family, NameRole.FAMILY);
        if (givenWords.size() >= 2 && father != null) {
            Words second = givenWords.word(1);
            boolean fatherRepeated = !fatherWords.isEmpty()
                    && NameComparator.level(second.standard(), fatherWords.standard()) >= NameComparator.VARIANT;
            if (fatherWords.isEmpty() || fatherRepeated) {
                if (fatherWords.isEmpty()) {
                    fatherWords = second;
                }
                if (givenWords.size() >= 3 && grandfatherWords.isEmpty()) {
                    grandfatherWords = givenWords.word(2);
                }
                givenWords = givenWords.word(0);
            }
        }
        return new StandardName[] {
            givenWords.standard(), fatherWords.standard(), grandfatherWords.standard(), familyWords.standard()
        };
    }
}
