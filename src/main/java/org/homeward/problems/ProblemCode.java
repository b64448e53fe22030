package org.homeward.problems;

/**
 * A stable word that tells programs and pages which problem it is, such as {@code HOUSEHOLD_NOT_FOUND}.
 * Each feature lists its own in one enum that implements this interface; the word on the wire, and in
 * the message key {@code problem.<CODE>}, is the constant's name.
 */
public interface ProblemCode {

    /** The word itself, as answered to programs. */
    String name();
}
