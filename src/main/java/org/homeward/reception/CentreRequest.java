package org.homeward.reception;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A new centre, or the new state of one, as the API, the form and the CSV import send it. On a
 * change, {@code version} is the version read; {@code code} is ignored (the address names the centre).
 * An empty town takes the sub-district's name.
 */
public record CentreRequest(
        String code,
        String nameEn,
        String nameAr,
        String townEn,
        String townAr,
        String pcode,
        Double latitude,
        Double longitude,
        Integer capacityPersons,
        Integer capacityFamilies,
        Integer accessibleUnits,
        @Size(max = 20) List<String> services,
        Boolean open,
        Long version) {

    public CentreRequest {
        services = services == null ? List.of() : services;
    }

    CentreRequest withCode(String newCode) {
        return new CentreRequest(
                newCode,
                nameEn,
                nameAr,
                townEn,
                townAr,
                pcode,
                latitude,
                longitude,
                capacityPersons,
                capacityFamilies,
                accessibleUnits,
                services,
                open,
                version);
    }
}
