package org.homeward.access;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of access: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum AccessProblemCode implements ProblemCode {
    LOOKUP_THROTTLED,
    TOKEN_CANNOT_ISSUE_TOKEN
}
