package org.homeward.reception;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a household went when its stay ended by check-out. */
enum CheckOutOutcome {
    /** Went home: the journey moves to RETURNED_HOME. */
    RETURNED_HOME,
    /** Moved to relatives, rented housing or another shelter outside the reception network. */
    OTHER_ACCOMMODATION,
    LEFT_WITHOUT_NOTICE,
    OTHER;

    static Optional<CheckOutOutcome> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(outcome -> outcome.name().equals(name))
                .findFirst();
    }
}
