package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a scanned slip code's signature does not hold: it was forged or altered, so nobody is looked for. */
public class SlipCodeRefusedException extends ProblemException {

    SlipCodeRefusedException() {
        super("This slip code was not signed by Homeward or was altered; check the slip or type its reference");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.INVALID;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.SLIP_CODE_REFUSED;
    }
}
