package org.homeward.registry;

import java.util.List;

/**
 * What an import did: rows and households read, how many were invalid, written, or already
 * present, and the problems found (at most {@link #MAX_PROBLEMS} listed, all counted).
 */
public record ImportReport(
        String note,
        long rows,
        long households,
        long invalidHouseholds,
        long householdsWritten,
        long individualsWritten,
        long householdsAlreadyPresent,
        List<ImportProblem> problems,
        long problemCount,
        boolean imported) {

    public static final int MAX_PROBLEMS = 1000;

    public boolean hasProblems() {
        return problemCount > 0;
    }
}
