package org.homeward.allocation.engine;

import java.util.Arrays;

/**
 * A whole-household allocation being built: where each household is, what room each centre has
 * left, and how many persons of each community each centre holds (to know a community's main centre).
 */
final class Occupancy {

    static final int WAITING = -1;

    private final IndexedProblem problem;
    private final int[] centreOf;
    private final int[] personsLeft;
    private final int[] unitsLeft;
    private final int[] accessibleLeft;
    private final int[] personsPlaced;
    private final int[][] communityPersons;
    private final int[] mainCentre;

    Occupancy(IndexedProblem problem) {
        this.problem = problem;
        centreOf = new int[problem.householdCount];
        Arrays.fill(centreOf, WAITING);
        int centres = problem.centreCount;
        personsLeft = new int[centres];
        unitsLeft = new int[centres];
        accessibleLeft = new int[centres];
        personsPlaced = new int[centres];
        for (int c = 0; c < centres; c++) {
            CentreVacancy centre = problem.centre(c);
            personsLeft[c] = centre.open() ? centre.freePersons() : 0;
            unitsLeft[c] = centre.open() ? centre.freeFamilyUnits() : 0;
            accessibleLeft[c] = centre.open() ? centre.freeAccessibleUnits() : 0;
        }
        communityPersons = new int[problem.communityCodes.length][centres];
        mainCentre = new int[problem.communityCodes.length];
        Arrays.fill(mainCentre, WAITING);
    }

    int centreOf(int household) {
        return centreOf[household];
    }

    boolean isPlaced(int household) {
        return centreOf[household] != WAITING;
    }

    /** Whether the centre has room for the household now: persons, a family unit, an accessible one if needed. */
    boolean fits(int household, int centre) {
        return personsLeft[centre] >= problem.size[household]
                && unitsLeft[centre] >= 1
                && (!problem.accessible[household] || accessibleLeft[centre] >= 1);
    }

    void place(int household, int centre) {
        if (centreOf[household] != WAITING || !fits(household, centre)) {
            throw new IllegalStateException("household " + household + " cannot go to centre " + centre);
        }
        int persons = problem.size[household];
        centreOf[household] = centre;
        personsLeft[centre] -= persons;
        personsPlaced[centre] += persons;
        unitsLeft[centre]--;
        if (problem.accessible[household]) {
            accessibleLeft[centre]--;
        }
        int community = problem.community[household];
        communityPersons[community][centre] += persons;
        int main = mainCentre[community];
        if (main == WAITING || communityPersons[community][centre] > communityPersons[community][main]) {
            mainCentre[community] = centre;
        }
    }

    void remove(int household) {
        int centre = centreOf[household];
        int persons = problem.size[household];
        centreOf[household] = WAITING;
        personsLeft[centre] += persons;
        personsPlaced[centre] -= persons;
        unitsLeft[centre]++;
        if (problem.accessible[household]) {
            accessibleLeft[centre]++;
        }
        int community = problem.community[household];
        communityPersons[community][centre] -= persons;
        if (mainCentre[community] == centre) {
            mainCentre[community] = mostPersons(communityPersons[community]);
        }
    }

    /** The centre holding most persons of the community (the first such), or WAITING if none holds any. */
    int mainCentre(int community) {
        return mainCentre[community];
    }

    int communityPersons(int community, int centre) {
        return communityPersons[community][centre];
    }

    int personsLeft(int centre) {
        return personsLeft[centre];
    }

    int unitsLeft(int centre) {
        return unitsLeft[centre];
    }

    int accessibleLeft(int centre) {
        return accessibleLeft[centre];
    }

    int personsPlaced(int centre) {
        return personsPlaced[centre];
    }

    /** A copy of where each household is, WAITING for those not placed. */
    int[] assignment() {
        return centreOf.clone();
    }

    private static int mostPersons(int[] personsByCentre) {
        int best = WAITING;
        for (int c = 0; c < personsByCentre.length; c++) {
            if (personsByCentre[c] > 0 && (best == WAITING || personsByCentre[c] > personsByCentre[best])) {
                best = c;
            }
        }
        return best;
    }
}
