package org.homeward.linkage;

import org.homeward.web.ProblemException;

/** Thrown when no duplicate pair has the given id, or the caller may not see both of its households. */
public class DuplicatePairNotFoundException extends ProblemException {

    DuplicatePairNotFoundException(long id) {
        super("No duplicate pair " + id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "DUPLICATE_PAIR_NOT_FOUND";
    }
}
