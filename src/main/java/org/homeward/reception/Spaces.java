package org.homeward.reception;

/**
 * A count of room in a centre by type: persons, family units and accessible units. The same shape
 * serves capacity, occupancy, free room and what a household or a forecast needs.
 *
 * <p>Accessible units are some of the family units: a household needing one takes an accessible
 * unit, and with it one family unit.
 */
public record Spaces(int persons, int familyUnits, int accessibleUnits) {

    public static final Spaces NONE = new Spaces(0, 0, 0);

    /** What one household's stay takes: its persons, one family unit, and an accessible unit if it needs one. */
    public static Spaces ofHousehold(int persons, boolean needsAccessibleUnit) {
        return new Spaces(persons, 1, needsAccessibleUnit ? 1 : 0);
    }

    public Spaces plus(Spaces other) {
        return new Spaces(
                persons + other.persons, familyUnits + other.familyUnits, accessibleUnits + other.accessibleUnits);
    }

    /**
     * The room left when this capacity holds the given occupancy. Free accessible units are never
     * more than free family units, because an accessible unit is a family unit.
     */
    public Spaces freeAfter(Spaces occupied) {
        int freeFamilies = Math.max(0, familyUnits - occupied.familyUnits);
        return new Spaces(
                Math.max(0, persons - occupied.persons),
                freeFamilies,
                Math.min(freeFamilies, Math.max(0, accessibleUnits - occupied.accessibleUnits)));
    }

    /** How much of the need this room cannot take, per type; zero where it fits. */
    public Spaces shortfallFor(Spaces need) {
        return new Spaces(
                Math.max(0, need.persons - persons),
                Math.max(0, need.familyUnits - familyUnits),
                Math.max(0, need.accessibleUnits - accessibleUnits));
    }

    public boolean isZero() {
        return persons == 0 && familyUnits == 0 && accessibleUnits == 0;
    }

    /** Whether this room takes the whole need. */
    public boolean holds(Spaces need) {
        return shortfallFor(need).isZero();
    }
}
