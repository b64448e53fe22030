package org.homeward.documentation;

import org.homeward.web.ProblemException;

/** Thrown when a referral does not exist or is of a household outside the caller's scope. */
class ReferralNotFoundException extends ProblemException {

    ReferralNotFoundException(String id) {
        super("No referral " + id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "REFERRAL_NOT_FOUND";
    }
}
