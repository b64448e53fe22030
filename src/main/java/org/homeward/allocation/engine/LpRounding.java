package org.homeward.allocation.engine;

/**
 * Turns the linear programme's solution into whole households: each class sends the whole part of
 * its fractional flow to each centre, most urgent members first. What the fractions leave over is
 * placed afterwards by {@link LeftoverPlacement}.
 */
final class LpRounding {

    private static final double WHOLE_TOLERANCE = 1e-6;

    private LpRounding() {}

    static Occupancy round(IndexedProblem problem, HouseholdClasses classes, LpSolution solution) {
        Occupancy occupancy = new Occupancy(problem);
        int[] nextMember = new int[classes.count];
        for (int a = 0; a < solution.arcValue().length; a++) {
            int k = solution.arcClass()[a];
            int centre = solution.arcCentre()[a];
            int households = (int) Math.floor(solution.arcValue()[a] + WHOLE_TOLERANCE);
            for (int i = 0; i < households && nextMember[k] < classes.households(k); i++) {
                int household = classes.members[k][nextMember[k]];
                if (!occupancy.fits(household, centre)) {
                    break;
                }
                occupancy.place(household, centre);
                nextMember[k]++;
            }
        }
        return occupancy;
    }
}
