package org.homeward.movements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of place where a voluntariness form may be recorded, and the kinds where it may not.
 *
 * <p>A decision taken in detention or custody is not free: people have been made to sign return
 * forms in police stations and removal centres and then deported. Those kinds are in the list so
 * that an officer can say truthfully where they are, and be refused.
 */
enum VoluntarinessPlaceType {
    FIELD_OFFICE(false),
    REGISTRATION_CENTRE(false),
    COMMUNITY(false),
    HOME_VISIT(false),
    BORDER_CROSSING(false),
    DETENTION(true),
    CUSTODY(true),
    POLICE_STATION(true),
    IMMIGRATION_REMOVAL_CENTRE(true);

    private final boolean refused;

    VoluntarinessPlaceType(boolean refused) {
        this.refused = refused;
    }

    /** Whether no form may be recorded at such a place. */
    public boolean refused() {
        return refused;
    }

    static Optional<VoluntarinessPlaceType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> type.name().equals(wanted))
                .findFirst();
    }
}
