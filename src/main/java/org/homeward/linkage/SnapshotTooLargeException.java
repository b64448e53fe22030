package org.homeward.linkage;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when the caller's scope holds more people than a device's reference snapshot may. */
class SnapshotTooLargeException extends ProblemException {

    SnapshotTooLargeException(int limit) {
        super("Your scope holds more than " + limit + " people, too many for a device: ask an administrator for a "
                + "smaller scope (a site or a sub-district) on the account used offline");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.REFUSED;
    }

    @Override
    public ProblemCode code() {
        return LinkageProblemCode.SNAPSHOT_SCOPE_TOO_LARGE;
    }
}
