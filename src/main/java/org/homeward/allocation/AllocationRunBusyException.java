package org.homeward.allocation;

import org.homeward.web.ProblemException;

/** An allocation run cannot start while another one is still running. */
public class AllocationRunBusyException extends ProblemException {

    AllocationRunBusyException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "ALLOCATION_RUN_BUSY";
    }
}
