package org.homeward.linkage.engine;

import java.util.List;

/**
 * One link of the name chain after standardisation: its Arabic spelling (normalised) and/or
 * Latin spelling (folded), each with its sound tokens, and the consonant skeleton shared by both
 * scripts. {@link #EMPTY} when the name is unknown.
 */
final class StandardName {

    public static final StandardName EMPTY = new StandardName(null, null, null, null, "", NameVariants.UNKNOWN);

    private final String arabic;
    private final String arabicTokens;
    private final String latin;
    private final String latinTokens;
    private final String skeleton;
    private final String arabicLoose;
    private final String latinLoose;
    private final int listedId;

    private StandardName(
            String arabic,
            String arabicTokens,
            String latin,
            String latinTokens,
            String skeleton,
            String arabicLoose,
            String latinLoose,
            int listedId) {
        this.arabic = arabic;
        this.arabicTokens = arabicTokens;
        this.latin = latin;
        this.latinTokens = latinTokens;
        this.skeleton = skeleton;
        this.arabicLoose = arabicLoose;
        this.latinLoose = latinLoose;
        this.listedId = listedId;
    }

    private StandardName(
            String arabic, String arabicTokens, String latin, String latinTokens, String skeleton, int listedId) {
        this.arabic = arabic;
        this.arabicTokens = arabicTokens;
        this.latin = latin;
        this.latinTokens = latinTokens;
        this.skeleton = skeleton;
        this.arabicLoose = arabicTokens == null ? null : NameTokens.looseSkeleton(arabicTokens);
        this.latinLoose = latinTokens == null ? null : NameTokens.looseSkeleton(latinTokens);
        this.listedId = listedId;
    }

    /** A name from its words in each script, recognised in the list of names when it is there. */
    static StandardName of(List<String> arabicWords, List<String> latinWords) {
        StandardName plain = unlisted(arabicWords, latinWords);
        if (plain.isEmpty()) {
            return plain;
        }
        int id = NameVariants.list().idOf(plain);
        return id == NameVariants.UNKNOWN
                ? plain
                : new StandardName(
                        plain.arabic, plain.arabicTokens, plain.latin, plain.latinTokens, plain.skeleton, id);
    }

    /** A name from its words in each script (either list may be empty), not looked up in the list of names. */
    static StandardName unlisted(List<String> arabicWords, List<String> latinWords) {
        if (arabicWords.isEmpty() && latinWords.isEmpty()) {
            return EMPTY;
        }
        String arabic = null;
        String arabicTokens = null;
        if (!arabicWords.isEmpty()) {
            StringBuilder tokens = new StringBuilder();
            for (String word : arabicWords) {
                ArabicNames.tokens(word, tokens);
            }
            arabic = String.join("", arabicWords);
            arabicTokens = NameTokens.collapse(tokens);
        }
        String latin = null;
        String latinTokens = null;
        if (!latinWords.isEmpty()) {
            StringBuilder tokens = new StringBuilder();
            for (String word : latinWords) {
                LatinNames.tokens(word, tokens);
            }
            latin = String.join("", latinWords).replace("'", "");
            latinTokens = NameTokens.collapse(tokens);
        }
        String skeleton = NameTokens.skeleton(arabicTokens != null ? arabicTokens : latinTokens);
        if ((arabic == null || arabic.isEmpty()) && (latin == null || latin.isEmpty())) {
            return EMPTY;
        }
        return new StandardName(arabic, arabicTokens, latin, latinTokens, skeleton, NameVariants.UNKNOWN);
    }

    /** The same name with each of its strings replaced by the one {@code shared} answers for it (an equal one). */
    StandardName withParts(java.util.function.UnaryOperator<String> shared) {
        if (isEmpty()) {
            return this;
        }
        return new StandardName(
                shared.apply(arabic),
                shared.apply(arabicTokens),
                shared.apply(latin),
                shared.apply(latinTokens),
                shared.apply(skeleton),
                shared.apply(arabicLoose),
                shared.apply(latinLoose),
                listedId);
    }

    public boolean isEmpty() {
        return this == EMPTY;
    }

    /** Which name of the list of names ({@link NameVariants}) this spelling is; negative when not listed. */
    int listedId() {
        return listedId;
    }

    /** The normalised Arabic spelling without spaces, or null. */
    public String arabic() {
        return arabic;
    }

    /** The folded Latin spelling without spaces, or null. */
    public String latin() {
        return latin;
    }

    public String arabicTokens() {
        return arabicTokens;
    }

    public String latinTokens() {
        return latinTokens;
    }

    /** The consonants without any h: two spellings of one name always share it (a fast first test). */
    String arabicLoose() {
        return arabicLoose;
    }

    String latinLoose() {
        return latinLoose;
    }

    /** The consonant skeleton both scripts share (blocking and term-frequency key). */
    public String skeleton() {
        return skeleton;
    }

    /** A readable form for explanations: the Latin spelling if there is one, else the Arabic. */
    @Override
    public String toString() {
        return isEmpty() ? "" : latin != null ? latin : arabic;
    }
}
