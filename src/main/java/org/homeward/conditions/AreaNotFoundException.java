package org.homeward.conditions;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a P-code names no sub-district, so the area has no conditions to show. */
class AreaNotFoundException extends ProblemException {

    AreaNotFoundException() {
        super("There is no sub-district with this P-code");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return ConditionsProblemCode.AREA_NOT_FOUND;
    }
}
