package org.homeward.allocation.engine;

import java.util.Objects;
import org.homeward.places.GeoPoint;

/**
 * A reception centre with the room it has free now.
 *
 * <p>Units are nested: every accessible unit is also a family unit, so {@code freeAccessibleUnits}
 * never exceeds {@code freeFamilyUnits}. A household takes one family unit; a household that needs an
 * accessible unit takes one of the accessible ones. A household that does not need one may take an
 * accessible unit that nobody in the plan needs.
 *
 * @param id                  the centre's identifier, unique in a problem
 * @param pcode               P-code of the town the centre is in
 * @param location            where the centre is
 * @param freePersons         persons it can still take
 * @param freeFamilyUnits     family units still free, accessible ones included
 * @param freeAccessibleUnits accessible units still free
 * @param occupiedPersons     persons staying there now; only used to judge how full it is
 * @param open                whether it takes anyone at all
 */
public record CentreVacancy(
        String id,
        String pcode,
        GeoPoint location,
        int freePersons,
        int freeFamilyUnits,
        int freeAccessibleUnits,
        int occupiedPersons,
        boolean open) {

    public CentreVacancy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pcode, "pcode");
        Objects.requireNonNull(location, "location");
        if (freePersons < 0 || freeFamilyUnits < 0 || freeAccessibleUnits < 0 || occupiedPersons < 0) {
            throw new IllegalArgumentException("centre " + id + ": capacities must not be negative");
        }
        if (freeAccessibleUnits > freeFamilyUnits) {
            throw new IllegalArgumentException("centre " + id + ": accessible units (" + freeAccessibleUnits
                    + ") exceed family units (" + freeFamilyUnits + "); accessible units are family units");
        }
    }

    /** A centre with nobody staying in it yet. */
    public CentreVacancy(
            String id,
            String pcode,
            GeoPoint location,
            int freePersons,
            int freeFamilyUnits,
            int freeAccessibleUnits,
            boolean open) {
        this(id, pcode, location, freePersons, freeFamilyUnits, freeAccessibleUnits, 0, open);
    }
}
