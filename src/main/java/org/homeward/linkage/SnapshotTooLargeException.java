package org.homeward.linkage;

import org.homeward.web.ProblemException;

/** Thrown when the caller's scope holds more people than a device's reference snapshot may. */
class SnapshotTooLargeException extends ProblemException {

    SnapshotTooLargeException(int limit) {
        super("Your scope holds more than " + limit + " people, too many for a device: ask an administrator for a "
                + "smaller scope (a site or a sub-district) on the account used offline");
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String code() {
        return "SNAPSHOT_SCOPE_TOO_LARGE";
    }
}
