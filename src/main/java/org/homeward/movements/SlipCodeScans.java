package org.homeward.movements;

import org.springframework.stereotype.Component;

/**
 * Boarding's reader of scanned slips: the one {@link SlipCodes} that prints the slips also checks
 * them, so a slip printed by Homeward always scans and a forged or altered one never does.
 */
@Component
class SlipCodeScans implements ScannedSlips {

    private final SlipCodes codes;

    SlipCodeScans(SlipCodes codes) {
        this.codes = codes;
    }

    @Override
    public String referenceOf(String scanned) {
        SlipCheck check = codes.verify(scanned);
        if (check.accepted()) {
            return check.reference().orElseThrow();
        }
        SlipRefusal refusal = check.refusal().orElseThrow();
        if (refusal == SlipRefusal.SIGNATURE_MISMATCH) {
            throw BoardingRefusedException.slip(
                    MovementsProblemCode.SLIP_SIGNATURE_INVALID,
                    "The slip's signature does not match its reference: it was altered or not printed by Homeward");
        }
        throw BoardingRefusedException.slip(
                MovementsProblemCode.SLIP_UNREADABLE, "This is not a Homeward registration slip");
    }
}
