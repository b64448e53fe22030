package org.homeward.allocation.engine;

/**
 * An optimal solution of the linear programme: how many households of each class go to each centre
 * (possibly fractional), the duals, and how much pricing it took.
 */
record LpSolution(
        double objective,
        int[] arcClass,
        int[] arcCentre,
        double[] arcValue,
        LpDuals duals,
        int pricingRounds,
        int columns,
        long iterations) {}
