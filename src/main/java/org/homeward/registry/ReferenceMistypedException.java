package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a reference's check character does not hold: it was mistyped, so nobody is looked for. */
public class ReferenceMistypedException extends ProblemException {

    ReferenceMistypedException() {
        super("This reference is mistyped: check each character against the slip");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.REFERENCE_MISTYPED;
    }
}
