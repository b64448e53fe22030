package org.homeward.registry;

import org.homeward.web.ProblemException;

/** Thrown when a reference's check character does not hold: it was mistyped, so nobody is looked for. */
public class ReferenceMistypedException extends ProblemException {

    ReferenceMistypedException() {
        super("This reference is mistyped: check each character against the slip");
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "REFERENCE_MISTYPED";
    }
}
