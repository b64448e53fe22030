package org.homeward.reception;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of reception: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum ReceptionProblemCode implements ProblemCode {
    CENTRE_CHANGED_BY_SOMEONE_ELSE,
    CENTRE_CLOSED,
    CENTRE_EXISTS,
    CENTRE_FULL,
    CENTRE_IMPORT_INVALID,
    CENTRE_INVALID,
    CENTRE_NOT_FOUND,
    FORECAST_INVALID,
    HOUSEHOLD_ALREADY_CHECKED_IN,
    MEMBER_ALREADY_STAYING,
    STAY_ALREADY_ARRIVED,
    STAY_ALREADY_ENDED,
    STAY_INVALID,
    STAY_NOT_ARRIVED,
    STAY_NOT_FOUND
}
