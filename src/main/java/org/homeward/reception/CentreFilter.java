package org.homeward.reception;

import java.util.Locale;

/**
 * What the national capacity table shows: centres of one governorate (P-code prefix such as
 * {@code SY02}), of one status, whose code, name or town contains a text, or only those short of room.
 */
record CentreFilter(String governorate, CentreStatus status, String text) {

    public boolean matches(CentreOccupancy occupancy) {
        Centre centre = occupancy.centre();
        if (governorate != null && !governorate.isBlank() && !centre.pcode().startsWith(governorate.trim())) {
            return false;
        }
        if (status != null && occupancy.status() != status) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return contains(centre.code(), wanted)
                || contains(centre.nameEn(), wanted)
                || contains(centre.nameAr(), wanted)
                || contains(centre.townEn(), wanted)
                || contains(centre.townAr(), wanted)
                || contains(centre.pcode(), wanted);
    }

    private static boolean contains(String value, String wanted) {
        return value.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
