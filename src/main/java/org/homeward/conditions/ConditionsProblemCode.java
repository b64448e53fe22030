package org.homeward.conditions;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of area conditions: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum ConditionsProblemCode implements ProblemCode {
    AREA_NOT_FOUND,
    ASSESSMENT_IMPORT_INVALID
}
