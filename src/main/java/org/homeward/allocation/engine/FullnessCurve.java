package org.homeward.allocation.engine;

/**
 * The fullness cost of one centre as a function of the persons placed in it: each person costs
 * {@code fullness} times the share of the centre already full when they come, counted in tenths.
 * The marginal cost only grows, so the function is convex and a linear programme can use its
 * pieces as they are: that is what balances occupancy across centres.
 */
final class FullnessCurve {

    static final int STEPS = 10;

    private final double[] pieceLength = new double[STEPS];
    private final double[] pieceCostPerPerson = new double[STEPS];

    FullnessCurve(CentreVacancy centre, double fullnessWeight) {
        double total = (double) centre.occupiedPersons() + centre.freePersons();
        for (int step = 0; step < STEPS; step++) {
            double from = Math.max(0, total * step / STEPS - centre.occupiedPersons());
            double to = Math.min(centre.freePersons(), total * (step + 1) / STEPS - centre.occupiedPersons());
            pieceLength[step] = Math.max(0, to - from);
            pieceCostPerPerson[step] = fullnessWeight * step / STEPS;
        }
    }

    int pieces() {
        return STEPS;
    }

    /** How many persons the piece holds; the pieces add up to the centre's free persons. */
    double pieceLength(int piece) {
        return pieceLength[piece];
    }

    double pieceCostPerPerson(int piece) {
        return pieceCostPerPerson[piece];
    }

    /** The fullness cost of placing this many persons in the centre. */
    double cost(double persons) {
        double left = persons;
        double cost = 0;
        for (int step = 0; step < STEPS && left > 0; step++) {
            double taken = Math.min(left, pieceLength[step]);
            cost += taken * pieceCostPerPerson[step];
            left -= taken;
        }
        if (left > 1e-9) {
            cost += left * pieceCostPerPerson[STEPS - 1];
        }
        return cost;
    }

    /** The extra fullness cost of adding persons to a centre that already has {@code placed} from this plan. */
    double extraCost(double placed, double persons) {
        return cost(placed + persons) - cost(placed);
    }
}
