package org.homeward.registry;

import org.homeward.web.ProblemException;

/** Thrown when a scanned slip code's signature does not hold: it was forged or altered, so nobody is looked for. */
public class SlipCodeRefusedException extends ProblemException {

    SlipCodeRefusedException() {
        super("This slip code was not signed by Homeward or was altered; check the slip or type its reference");
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String code() {
        return "SLIP_CODE_REFUSED";
    }
}
