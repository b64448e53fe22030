package org.homeward.offline;

import org.homeward.web.ProblemException;

/**
 * A bundle refused as a whole before any of its records was taken: unreadable, too large, made for
 * another server, from an unknown device or with a signature that does not hold. Nothing of it is written.
 */
public class BundleRefusedException extends ProblemException {

    private final int status;
    private final String code;

    BundleRefusedException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static BundleRefusedException unreadable(String why) {
        return new BundleRefusedException(
                422,
                "BUNDLE_UNREADABLE",
                "This is not a Homeward bundle, or it was cut short or changed on the way (" + why + ")");
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
