package org.homeward.movements;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** An export for a recipient whose agreement does not exist or does not hold today: nothing is sent. */
final class SharingRefusedException extends ProblemException {

    private final ProblemKind kind;
    private final MovementsProblemCode code;

    private SharingRefusedException(ProblemKind kind, MovementsProblemCode code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    static SharingRefusedException unknown() {
        return new SharingRefusedException(
                ProblemKind.NOT_FOUND, MovementsProblemCode.SHARING_AGREEMENT_NOT_FOUND, "No such sharing agreement");
    }

    static SharingRefusedException notCurrent() {
        return new SharingRefusedException(
                ProblemKind.CONFLICT,
                MovementsProblemCode.SHARING_AGREEMENT_NOT_CURRENT,
                "The sharing agreement does not hold today; record a current agreement before exporting");
    }

    @Override
    public ProblemKind kind() {
        return kind;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
