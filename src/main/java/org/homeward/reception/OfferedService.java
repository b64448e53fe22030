package org.homeward.reception;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The code list of services a reception centre offers; labels in both languages are in the reception bundle. */
enum OfferedService {
    HEALTH_POINT,
    SCHOOL,
    WATER,
    ELECTRICITY,
    KITCHEN,
    SANITATION,
    CHILD_FRIENDLY_SPACE,
    PSYCHOSOCIAL_SUPPORT,
    LEGAL_AID;

    /** Reads a code as files and forms write it: {@code HEALTH_POINT}, {@code health-point} or {@code health point}. */
    static Optional<OfferedService> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values())
                .filter(service -> service.name().equals(name))
                .findFirst();
    }
}
