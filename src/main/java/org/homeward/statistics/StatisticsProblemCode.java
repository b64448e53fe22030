package org.homeward.statistics;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of statistics: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum StatisticsProblemCode implements ProblemCode {
    FIGURE_CHANGED_BY_SOMEONE_ELSE,
    FIGURE_INVALID,
    FIGURE_NOT_FOUND,
    STATISTICS_QUERY_INVALID
}
