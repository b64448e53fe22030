package org.homeward.reception;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLevel;

/**
 * A reception centre: its names in Arabic and English, the town and sub-district it stands in,
 * its coordinates, capacity, services, and whether it admits people.
 *
 * @param code      the stable identifier, {@code centre_id} in centres.csv
 * @param pcode     the OCHA P-code of the sub-district, e.g. {@code SY020000}
 * @param capacity  places for persons, family units, and how many of those units are accessible
 * @param open      the status decided by people: true for OPEN, false for CLOSED (FULL is derived)
 * @param version   raised by every change; an edit must send the version it read
 */
public record Centre(
        String code,
        String nameEn,
        String nameAr,
        String townEn,
        String townAr,
        String pcode,
        double latitude,
        double longitude,
        Spaces capacity,
        List<OfferedService> services,
        boolean open,
        long version,
        Instant updatedAt,
        String updatedBy) {

    public Centre {
        services = List.copyOf(services);
    }

    /** The centre's name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }

    public String town(String language) {
        return "ar".equals(language) ? townAr : townEn;
    }

    /** The P-code of the district the centre's sub-district lies in; empty when its code is no sub-district's. */
    public String districtPcode() {
        return PlaceCodes.ancestorAt(pcode, PlaceLevel.DISTRICT).orElse("");
    }

    /** The P-code of the governorate the centre's sub-district lies in; empty when its code is no sub-district's. */
    public String governoratePcode() {
        return PlaceCodes.ancestorAt(pcode, PlaceLevel.GOVERNORATE).orElse("");
    }

    /** Where the centre stands. */
    public GeoPoint location() {
        return new GeoPoint(latitude, longitude);
    }

    /** The request that would create this centre as it is, or change a copy of it to match; carries the version. */
    public CentreRequest toRequest() {
        return new CentreRequest(
                code,
                nameEn,
                nameAr,
                townEn,
                townAr,
                pcode,
                latitude,
                longitude,
                capacity.persons(),
                capacity.familyUnits(),
                capacity.accessibleUnits(),
                services.stream().map(Enum::name).toList(),
                open,
                version);
    }

    /** What a change from this centre to the other would change, field by field, for the history. */
    Map<String, Object> changesTo(Centre other) {
        Map<String, Object> changes = new LinkedHashMap<>();
        compare(changes, "nameEn", nameEn, other.nameEn);
        compare(changes, "nameAr", nameAr, other.nameAr);
        compare(changes, "townEn", townEn, other.townEn);
        compare(changes, "townAr", townAr, other.townAr);
        compare(changes, "pcode", pcode, other.pcode);
        compare(changes, "latitude", latitude, other.latitude);
        compare(changes, "longitude", longitude, other.longitude);
        compare(changes, "capacityPersons", capacity.persons(), other.capacity.persons());
        compare(changes, "capacityFamilies", capacity.familyUnits(), other.capacity.familyUnits());
        compare(changes, "accessibleUnits", capacity.accessibleUnits(), other.capacity.accessibleUnits());
        compare(
                changes,
                "services",
                services.stream().map(Enum::name).toList(),
                other.services.stream().map(Enum::name).toList());
        compare(changes, "open", open, other.open);
        return changes;
    }

    private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
        if (!before.equals(after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", before);
            change.put("to", after);
            changes.put(field, change);
        }
    }
}
