package org.homeward.allocation;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of allocation: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
enum AllocationProblemCode implements ProblemCode {
    ALLOCATION_DECISION_INVALID,
    ALLOCATION_PROPOSAL_DECIDED,
    ALLOCATION_PROPOSAL_NOT_FOUND,
    ALLOCATION_RUN_BUSY,
    ALLOCATION_RUN_INVALID,
    ALLOCATION_RUN_NOT_FOUND
}
