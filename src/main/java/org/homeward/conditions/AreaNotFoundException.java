package org.homeward.conditions;

import org.homeward.web.ProblemException;

/** Thrown when a P-code names no sub-district, so the area has no conditions to show. */
class AreaNotFoundException extends ProblemException {

    AreaNotFoundException() {
        super("There is no sub-district with this P-code");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "AREA_NOT_FOUND";
    }
}
