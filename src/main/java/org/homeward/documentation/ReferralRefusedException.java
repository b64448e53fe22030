package org.homeward.documentation;

import org.homeward.web.ProblemException;

/** Thrown when the household's recorded consent does not cover a referral to that partner for referral. */
final class ReferralRefusedException extends ProblemException {

    private final String code;

    private ReferralRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    static ReferralRefusedException noConsent() {
        return new ReferralRefusedException(
                "REFERRAL_CONSENT_MISSING",
                "The household has no recorded consent: record its consent before referring it to anyone");
    }

    static ReferralRefusedException purposeNotConsented() {
        return new ReferralRefusedException(
                "REFERRAL_PURPOSE_NOT_CONSENTED",
                "The household's consent does not include referral: it has not agreed to be referred to partners");
    }

    static ReferralRefusedException partnerNotConsented(String partner) {
        return new ReferralRefusedException(
                "REFERRAL_PARTNER_NOT_CONSENTED",
                "The household's consent does not name the partner '" + partner + "': it may only be referred to the "
                        + "partners it agreed to");
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String code() {
        return code;
    }
}
