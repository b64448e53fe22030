package org.homeward.movements;

import org.homeward.web.ProblemException;

/** Thrown when no movement has the id asked for, or the household asked about is not on its manifest. */
public final class MovementNotFoundException extends ProblemException {

    private final String code;

    private MovementNotFoundException(String message, String code) {
        super(message);
        this.code = code;
    }

    static MovementNotFoundException movement(String id) {
        return new MovementNotFoundException("There is no movement " + id, "MOVEMENT_NOT_FOUND");
    }

    static MovementNotFoundException onManifest(String household) {
        return new MovementNotFoundException(
                "Household " + household + " is not on this movement's manifest", "HOUSEHOLD_NOT_ON_MANIFEST");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return code;
    }
}
