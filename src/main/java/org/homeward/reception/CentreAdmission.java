package org.homeward.reception;

import org.springframework.stereotype.Component;

/**
 * The capacity check of every admission to a centre: locks the centre's row first, so that two
 * managers filling the last places take turns and the second sees the first's stay when counting,
 * and refuses a closed centre or one without the room. The lock holds until the transaction ends.
 */
@Component
class CentreAdmission {

    private final CentreRepository centres;

    CentreAdmission(CentreRepository centres) {
        this.centres = centres;
    }

    /** Locks the centre and checks that it is open and has the room; the lock holds until the transaction ends. */
    void admit(String centreCode, Spaces need) {
        Centre centre = lockOpen(centreCode);
        Spaces free = centre.capacity().freeAfter(centres.occupancy(centreCode));
        if (!free.holds(need)) {
            throw new CentreFullException(centreCode, free, need);
        }
    }

    /**
     * Locks the centre and checks that it is open and has person places for the members joining,
     * and an accessible unit when the stay needs one now; the stay keeps its family unit, and an
     * accessible unit replaces it (accessible units are family units), so no family unit is counted.
     */
    void admitJoining(String centreCode, int persons, boolean accessibleUnit) {
        Spaces capacity = lockOpen(centreCode).capacity();
        Spaces occupied = centres.occupancy(centreCode);
        Spaces free = new Spaces(
                capacity.persons() - occupied.persons(),
                capacity.familyUnits() - occupied.familyUnits(),
                capacity.accessibleUnits() - occupied.accessibleUnits());
        Spaces need = new Spaces(persons, 0, accessibleUnit ? 1 : 0);
        if (!free.holds(need)) {
            throw new CentreFullException(centreCode, free, need);
        }
    }

    /** Locks the centre for the rest of the transaction and refuses it when it is closed. */
    private Centre lockOpen(String centreCode) {
        Centre centre = centres.lock(centreCode).orElseThrow(() -> new CentreNotFoundException(centreCode));
        if (!centre.open()) {
            throw new CentreClosedException(centreCode);
        }
        return centre;
    }

    /**
     * Locks the booking's centre and checks that the members who came fit, counting the centre as if the
     * booking were not there, since it holds the places they take.
     */
    void admitInPlaceOf(Stay booking, Spaces need) {
        Centre centre = lockOpen(booking.centreCode());
        Spaces occupied = centres.occupancy(booking.centreCode());
        Spaces held = booking.spaces();
        Spaces others = new Spaces(
                occupied.persons() - held.persons(),
                occupied.familyUnits() - held.familyUnits(),
                occupied.accessibleUnits() - held.accessibleUnits());
        Spaces free = centre.capacity().freeAfter(others);
        if (!free.holds(need)) {
            throw new CentreFullException(booking.centreCode(), free, need);
        }
    }
}
