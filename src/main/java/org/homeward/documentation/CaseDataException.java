package org.homeward.documentation;

import java.util.List;

/** Thrown at start when the case-type or deadline-rule data is wrong; lists every problem with its file and field. */
class CaseDataException extends IllegalStateException {

    private final List<String> problems;

    CaseDataException(List<String> problems) {
        super("The documentation data is wrong:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
