package org.homeward.documentation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when the household's recorded consent does not cover a referral to that partner for referral. */
final class ReferralRefusedException extends ProblemException {

    private final DocumentationProblemCode code;

    private ReferralRefusedException(DocumentationProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    static ReferralRefusedException noConsent() {
        return new ReferralRefusedException(
                DocumentationProblemCode.REFERRAL_CONSENT_MISSING,
                "The household has no recorded consent: record its consent before referring it to anyone");
    }

    static ReferralRefusedException purposeNotConsented() {
        return new ReferralRefusedException(
                DocumentationProblemCode.REFERRAL_PURPOSE_NOT_CONSENTED,
                "The household's consent does not include referral: it has not agreed to be referred to partners");
    }

    static ReferralRefusedException partnerNotConsented(String partner) {
        return new ReferralRefusedException(
                DocumentationProblemCode.REFERRAL_PARTNER_NOT_CONSENTED,
                "The household's consent does not name the partner '" + partner + "': it may only be referred to the "
                        + "partners it agreed to");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.REFUSED;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
