package org.homeward.movements;

import java.util.Locale;
import org.homeward.places.PlaceLookup;
import org.homeward.places.PlaceNameResolver;
import org.homeward.places.PlaceResolution;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemCode;
import org.springframework.stereotype.Component;

/**
 * Turns a destination as written (a P-code, or a place name in Arabic or English) into a P-code, the
 * way the registry's imports do: a name that matches no place or several is refused with the
 * resolver's reason, never guessed.
 */
@Component
class IntentionDestinations {

    private final PlaceLookup places;
    private final PlaceNameResolver resolver;

    IntentionDestinations(PlaceLookup places, PlaceNameResolver resolver) {
        this.places = places;
        this.resolver = resolver;
    }

    /** The P-code the text names, or why it names none. */
    Resolved resolve(String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        if (places.isKnownArea(code)) {
            return new Resolved(code, null, null);
        }
        PlaceResolution resolution = resolver.resolve(text);
        if (resolution.status() == PlaceResolution.Status.RESOLVED
                && resolution.pcode().isPresent()) {
            return new Resolved(resolution.pcode().get(), null, null);
        }
        CommonProblemCode problem = resolution.status() == PlaceResolution.Status.AMBIGUOUS
                ? CommonProblemCode.PLACE_AMBIGUOUS
                : CommonProblemCode.PLACE_UNKNOWN;
        return new Resolved(null, problem, resolution.message());
    }

    /** A P-code, or the problem code and message saying why there is none. */
    record Resolved(String pcode, ProblemCode problemCode, String message) {

        boolean found() {
            return pcode != null;
        }
    }
}
