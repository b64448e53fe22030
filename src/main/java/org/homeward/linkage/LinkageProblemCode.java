package org.homeward.linkage;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of duplicate detection: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
enum LinkageProblemCode implements ProblemCode {
    DUPLICATE_PAIR_ALREADY_DECIDED,
    DUPLICATE_PAIR_NOT_FOUND,
    DUPLICATE_PAIR_NOT_MERGED,
    SNAPSHOT_SCOPE_TOO_LARGE
}
