package org.homeward.allocation;

import java.util.List;

/**
 * An allocation input file cannot be used; the message lists every problem found, each naming the
 * file, the row (the header is row 1, as a spreadsheet shows it), the column and the reason.
 */
public class InvalidAllocationInputException extends RuntimeException {

    private static final int PROBLEMS_SHOWN = 25;

    private final List<String> problems;

    InvalidAllocationInputException(List<String> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one sentence each. */
    public List<String> problems() {
        return problems;
    }

    private static String describe(List<String> problems) {
        StringBuilder message = new StringBuilder();
        problems.stream()
                .limit(PROBLEMS_SHOWN)
                .forEach(problem -> message.append(problem).append('\n'));
        if (problems.size() > PROBLEMS_SHOWN) {
            message.append("... and ").append(problems.size() - PROBLEMS_SHOWN).append(" more problems\n");
        }
        return message.toString().strip();
    }
}
