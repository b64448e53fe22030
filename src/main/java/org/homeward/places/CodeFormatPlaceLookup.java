package org.homeward.places;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Accepts any code of the right shape. Stands in until the reference data of places is loaded;
 * the lookup backed by that data replaces this class.
 */
@Component
class CodeFormatPlaceLookup implements PlaceLookup {

    private static final Pattern PCODE = Pattern.compile("SY\\d{2}(\\d{2}(\\d{2})?)?|C\\d{4,6}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CROSSING = Pattern.compile("[A-Z0-9_-]{2,32}");

    @Override
    public boolean isKnownArea(String pcode) {
        return pcode != null && PCODE.matcher(pcode).matches();
    }

    @Override
    public boolean isKnownCountry(String iso3) {
        return iso3 != null && ISO3.matcher(iso3).matches();
    }

    @Override
    public boolean isKnownCrossing(String code) {
        return code != null && CROSSING.matcher(code).matches();
    }

    @Override
    public Optional<String> displayName(String code, String language) {
        return Optional.empty();
    }
}
