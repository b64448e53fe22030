package org.homeward.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the checking pass of an import found: counts, the problems (at most
 * {@link ImportReport#MAX_PROBLEMS} kept, all counted), and the keys of the households the writing
 * pass leaves out, because they are invalid or already present.
 */
final class CheckedImport {

    String note = "";
    long rows;
    long households;
    long invalidHouseholds;
    long alreadyPresent;
    long problemCount;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> leftOutKeys = new HashSet<>();

    void count(ImportedHousehold household, List<ImportProblem> householdProblems, boolean present) {
        rows += household.rows().size();
        households++;
        if (!householdProblems.isEmpty()) {
            invalidHouseholds++;
            leftOutKeys.add(household.key());
            addAll(householdProblems);
        } else if (present) {
            alreadyPresent++;
            leftOutKeys.add(household.key());
        }
    }

    /** Whether the writing pass leaves this household out. */
    boolean leavesOut(String key) {
        return leftOutKeys.contains(key);
    }

    private void addAll(List<ImportProblem> more) {
        problemCount += more.size();
        for (ImportProblem problem : more) {
            if (problems.size() < ImportReport.MAX_PROBLEMS) {
                problems.add(problem);
            }
        }
    }

    ImportReport report(long written, long individuals, boolean imported) {
        problems.sort(Comparator.comparingLong(ImportProblem::row));
        return new ImportReport(
                note,
                rows,
                households,
                invalidHouseholds,
                written,
                individuals,
                alreadyPresent,
                List.copyOf(problems),
                problemCount,
                imported);
    }
}
