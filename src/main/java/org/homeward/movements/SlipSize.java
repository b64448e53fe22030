package org.homeward.movements;

import java.util.Locale;
import java.util.Optional;

/** The paper a registration slip is printed on: a pocket-sized A6 card, or a full A4 sheet. */
enum SlipSize {
    A6,
    A4;

    /** Reads {@code A6} or {@code a4}; empty for anything else. A missing size is A6. */
    static Optional<SlipSize> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(A6);
        }
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "A6" -> Optional.of(A6);
            case "A4" -> Optional.of(A4);
            default -> Optional.empty();
        };
    }
}
