package org.homeward.problems;

/**
 * A stable word that tells programs and pages which problem it is, such as {@code HOUSEHOLD_NOT_FOUND}.
 * Each feature lists its own in one enum that implements this interface; the word on the wire, and in
 * the message key {@code problem.<CODE>}, is the constant's name.
 */
public interface ProblemCode {

    /** The word itself, as answered to programs. */
    String name();

    /**
     * The code a word names: one of the {@link CommonProblemCode shared} ones, or else one of the
     * feature's own; a word in neither is a mistake in the code that made it, and fails at once.
     */
    static <E extends Enum<E> & ProblemCode> ProblemCode named(String word, Class<E> featureCodes) {
        for (CommonProblemCode common : CommonProblemCode.values()) {
            if (common.name().equals(word)) {
                return common;
            }
        }
        return Enum.valueOf(featureCodes, word);
    }
}
