package org.homeward.places;

import java.util.Locale;
import java.util.Optional;

/** The level of a place in Syria's administrative hierarchy, from the largest to the smallest. */
public enum PlaceLevel {
    GOVERNORATE,
    DISTRICT,
    SUBDISTRICT,
    COMMUNITY;

    /**
     * Reads a level as people and other systems write it: {@code GOVERNORATE}, {@code sub-district},
     * {@code subdistrict} or the OCHA names {@code adm1} to {@code adm4}; empty when it is none of them.
     */
    public static Optional<PlaceLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim()
                .toUpperCase(Locale.ROOT)
                .replace("-", "")
                .replace("_", "")
                .replace(" ", "");
        return switch (name) {
            case "GOVERNORATE", "ADM1" -> Optional.of(GOVERNORATE);
            case "DISTRICT", "ADM2" -> Optional.of(DISTRICT);
            case "SUBDISTRICT", "ADM3" -> Optional.of(SUBDISTRICT);
            case "COMMUNITY", "ADM4" -> Optional.of(COMMUNITY);
            default -> Optional.empty();
        };
    }

    /** The level's name in running English text, such as "sub-district". */
    String inWords() {
        return this == SUBDISTRICT ? "sub-district" : name().toLowerCase(Locale.ROOT);
    }
}
