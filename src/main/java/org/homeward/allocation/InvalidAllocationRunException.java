package org.homeward.allocation;

import org.homeward.web.ProblemException;

/** An allocation run asked for cannot be started as asked, such as a window that ends before it starts. */
public class InvalidAllocationRunException extends ProblemException {

    InvalidAllocationRunException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "ALLOCATION_RUN_INVALID";
    }
}
