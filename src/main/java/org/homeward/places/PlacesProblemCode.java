package org.homeward.places;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of places: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
enum PlacesProblemCode implements ProblemCode {
    PLACE_LEVEL_INVALID,
    PLACE_NOT_FOUND,
    PLACE_PARENT_UNKNOWN
}
