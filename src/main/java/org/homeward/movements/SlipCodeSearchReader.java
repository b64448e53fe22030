package org.homeward.movements;

import java.util.Optional;
import org.homeward.registry.SignedSlipReader;
import org.springframework.stereotype.Component;

/**
 * Lets the registry's search and the reception board open a household from its scanned slip: the
 * one {@link SlipCodes} that signs the slips checks the code, so only a slip Homeward printed opens anything.
 */
@Component
class SlipCodeSearchReader implements SignedSlipReader {

    private final SlipCodes codes;

    SlipCodeSearchReader(SlipCodes codes) {
        this.codes = codes;
    }

    @Override
    public Optional<String> referenceOf(String scanned) {
        return codes.verify(scanned).reference();
    }
}
