package org.homeward.movements;

import org.homeward.web.ProblemException;

/** No movement with this id, or one with households outside the caller's scope: either way, not found. */
class ManifestNotFoundException extends ProblemException {

    ManifestNotFoundException() {
        super("No such movement");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "MOVEMENT_NOT_FOUND";
    }
}
