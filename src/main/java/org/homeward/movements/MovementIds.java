package org.homeward.movements;

import java.util.Optional;
import java.util.UUID;

/** Reads ids typed into paths and forms; a text that is no id is simply not found. */
final class MovementIds {

    private MovementIds() {}

    static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static UUID plan(String text) {
        return parse(text).orElseThrow(() -> new PlanNotFoundException(shown(text)));
    }

    static UUID movement(String text) {
        return parse(text).orElseThrow(() -> MovementNotFoundException.movement(shown(text)));
    }

    static UUID household(String text) {
        return parse(text).orElseThrow(() -> MovementNotFoundException.onManifest(shown(text)));
    }

    /** A bad id is not echoed back, so that a request cannot make the answer carry what it likes. */
    private static String shown(String text) {
        return "(not an id)";
    }
}
