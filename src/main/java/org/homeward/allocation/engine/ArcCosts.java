package org.homeward.allocation.engine;

/** What placing one household of a class in a centre costs in the linear programme. */
@FunctionalInterface
interface ArcCosts {

    double cost(int householdClass, int centre);

    /** The true placement cost that depends on the centre alone: distance from home. */
    static ArcCosts distance(IndexedProblem problem, HouseholdClasses classes) {
        double perPersonKm = problem.weights.distance();
        return (k, c) -> perPersonKm * classes.size[k] * problem.kilometres[classes.location[k]][c];
    }

    /**
     * Distance plus the community term for fixed main centres: persons placed outside their
     * community's main centre pay {@code awayFromCommunity}. With the main centres fixed this never
     * understates the community term, since the true main centre is the one holding most persons.
     */
    static ArcCosts distanceAndCommunity(IndexedProblem problem, HouseholdClasses classes, int[] mainCentre) {
        ArcCosts distance = distance(problem, classes);
        double away = problem.weights.awayFromCommunity();
        return (k, c) -> distance.cost(k, c) + (mainCentre[classes.community[k]] == c ? 0 : away * classes.size[k]);
    }
}
