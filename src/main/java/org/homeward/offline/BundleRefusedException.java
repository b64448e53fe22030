package org.homeward.offline;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * A bundle refused as a whole before any of its records was taken: unreadable, too large, made for
 * another server, from an unknown device or with a signature that does not hold. Nothing of it is written.
 */
public class BundleRefusedException extends ProblemException {

    private final ProblemKind kind;
    private final OfflineProblemCode code;

    BundleRefusedException(ProblemKind kind, OfflineProblemCode code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    static BundleRefusedException unreadable(String why) {
        return new BundleRefusedException(
                ProblemKind.REFUSED,
                OfflineProblemCode.BUNDLE_UNREADABLE,
                "This is not a Homeward bundle, or it was cut short or changed on the way (" + why + ")");
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
