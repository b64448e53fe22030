package org.homeward.registry;

/**
 * One part of an Arab name chain (a given name, a father's, a grandfather's or a family name) as
 * written in Arabic script and in Latin script; either may be null when that script was not given.
 */
public record NamePart(String arabic, String latin) {

    /** A part known in neither script. */
    public static final NamePart NONE = new NamePart(null, null);

    /** Whether the part holds no letter in either script (null and blank count as not written). */
    public boolean isBlank() {
        return blank(arabic) && blank(latin);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
