package org.homeward.places;

/** How a query matched a place, from the surest to the least sure, with the confidence each gives. */
enum PlaceMatch {
    /** The query was the place's P-code. */
    PCODE(1.0),
    /** The query was a name or alias of the place, written the same way apart from case, diacritics and articles. */
    EXACT(1.0),
    /** The same after leaving out words such as "governorate", "ناحية" or "markaz". */
    NORMALISED(0.9),
    /** The same consonants in the same order: a transliteration variant such as Hassakeh for Hasakah. */
    PHONETIC(0.8),
    /** One letter (two in long names) away from a name: a likely slip of spelling. */
    APPROXIMATE(0.7),
    /** Not matched itself, but its own name is the name of the place matched: both are meant as much. */
    NAMESAKE(0.9);

    private final double confidence;

    PlaceMatch(double confidence) {
        this.confidence = confidence;
    }

    /** The confidence, from 0 to 1, that a match of this kind names the place meant. */
    public double confidence() {
        return confidence;
    }
}
