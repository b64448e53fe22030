package org.homeward.movements;

import org.homeward.web.ProblemException;

/** An export for a recipient whose agreement does not exist or does not hold today: nothing is sent. */
final class SharingRefusedException extends ProblemException {

    private final int status;
    private final String code;

    private SharingRefusedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static SharingRefusedException unknown() {
        return new SharingRefusedException(404, "SHARING_AGREEMENT_NOT_FOUND", "No such sharing agreement");
    }

    static SharingRefusedException notCurrent() {
        return new SharingRefusedException(
                409,
                "SHARING_AGREEMENT_NOT_CURRENT",
                "The sharing agreement does not hold today; record a current agreement before exporting");
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }
}
