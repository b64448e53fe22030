package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.List;
import org.homeward.places.GeoPoint;

/** Builds small hand-made problems: households and centres at named points, default weights. */
final class TinyProblem {

    /** A town in the north-west of Syria; others are placed by their kilometres east of it. */
    static final GeoPoint ORIGIN = new GeoPoint(35.0, 36.0);
    /** Kilometres per degree of longitude at the origin's latitude, for placing points. */
    private static final double KM_PER_DEGREE_EAST = 2 * Math.PI * 6371.0088 * Math.cos(Math.toRadians(35.0)) / 360;

    private final List<WaitingHousehold> households = new ArrayList<>();
    private final List<CentreVacancy> centres = new ArrayList<>();
    private AllocationWeights weights = AllocationWeights.defaults();

    /** A point on the origin's parallel, the given kilometres east (great-circle distance differs by metres). */
    static GeoPoint east(double kilometres) {
        return new GeoPoint(ORIGIN.latitude(), ORIGIN.longitude() + kilometres / KM_PER_DEGREE_EAST);
    }

    TinyProblem household(String id, int size, String community, double kilometresEast) {
        return household(id, size, false, community, kilometresEast, 0, 0);
    }

    TinyProblem household(
            String id,
            int size,
            boolean accessible,
            String community,
            double kilometresEast,
            int priority,
            int waitingDays) {
        households.add(
                new WaitingHousehold(id, size, accessible, community, east(kilometresEast), priority, waitingDays));
        return this;
    }

    TinyProblem centre(String id, double kilometresEast, int persons, int units, int accessibleUnits) {
        centres.add(new CentreVacancy(id, "SY000000", east(kilometresEast), persons, units, accessibleUnits, true));
        return this;
    }

    TinyProblem closedCentre(String id, double kilometresEast, int persons, int units, int accessibleUnits) {
        centres.add(new CentreVacancy(id, "SY000000", east(kilometresEast), persons, units, accessibleUnits, false));
        return this;
    }

    TinyProblem weights(AllocationWeights newWeights) {
        this.weights = newWeights;
        return this;
    }

    AllocationProblem build() {
        return new AllocationProblem(households, centres, weights);
    }
}
