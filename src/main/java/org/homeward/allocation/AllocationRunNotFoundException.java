package org.homeward.allocation;

import org.homeward.web.ProblemException;

/** No allocation run has the id asked for. */
public class AllocationRunNotFoundException extends ProblemException {

    AllocationRunNotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "ALLOCATION_RUN_NOT_FOUND";
    }
}
