package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A lower bound on the cost of every whole-household allocation, from any set of centre prices.
 *
 * <p>Relax the centres' rows (persons, family units, accessible units) with the prices: what is
 * left splits into one problem per fullness piece, which is trivial, and one per home community. A
 * community's problem keeps its term exactly: its persons away are those outside its main centre,
 * the centre holding most of them. For each centre that could be the main one, every household
 * either waits, goes to the main centre (whose persons it may not exceed: a fractional knapsack,
 * itself a relaxation), or goes to its cheapest other centre and counts as away. The cheapest choice
 * of main centre bounds the community's cost from below, because in every allocation one centre is
 * the main one. Summed, by weak duality, this is below every integral allocation, whatever the
 * prices; with the duals of the linear programme it is at least the programme's optimum. It is
 * computed over every centre, not only the arcs the solver created, and does not take the solver's
 * word for anything.
 */
final class LagrangianBound {

    private LagrangianBound() {
    }

    static double of(IndexedProblem problem, HouseholdClasses classes, ArcCosts costs, LpDuals duals) {
        double[][] priced = pricedPlacements(problem, classes, costs, duals);
        double bound = centreTerms(problem, duals);
        for (int[] communityClasses : classesByCommunity(problem, classes)) {
            bound += communityBound(problem, classes, priced, communityClasses);
        }
        return bound;
    }

    /** Per class and centre, what placing one household costs at the prices; infinite where it never fits. */
    private static double[][] pricedPlacements(IndexedProblem problem, HouseholdClasses classes, ArcCosts costs,
                                               LpDuals duals) {
        double[][] priced = new double[classes.count][problem.centreCount];
        for (int k = 0; k < classes.count; k++) {
            for (int c = 0; c < problem.centreCount; c++) {
                priced[k][c] = problem.couldEverFit(classes.size[k], classes.accessible[k], c)
                        ? costs.cost(k, c) - duals.centrePriceWithoutCommunity(classes, k, c)
                        : Double.POSITIVE_INFINITY;
            }
        }
        return priced;
    }

    private static double centreTerms(IndexedProblem problem, LpDuals duals) {
        double terms = 0;
        for (int c = 0; c < problem.centreCount; c++) {
            FullnessCurve curve = problem.fullness[c];
            for (int piece = 0; piece < curve.pieces(); piece++) {
                terms += curve.pieceLength(piece) * Math.min(0, curve.pieceCostPerPerson(piece) + duals.personRows()[c]);
            }
            CentreVacancy centre = problem.centre(c);
            terms += Math.min(0, duals.unitRows()[c]) * centre.freeFamilyUnits()
                    + Math.min(0, duals.accessibleRows()[c]) * centre.freeAccessibleUnits();
        }
        return terms;
    }

    private static List<int[]> classesByCommunity(IndexedProblem problem, HouseholdClasses classes) {
        List<List<Integer>> lists = new ArrayList<>();
        for (int m = 0; m < problem.communityCodes.length; m++) {
            lists.add(new ArrayList<>());
        }
        for (int k = 0; k < classes.count; k++) {
            lists.get(classes.community[k]).add(k);
        }
        return lists.stream().map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private static double communityBound(IndexedProblem problem, HouseholdClasses classes, double[][] priced,
                                         int[] communityClasses) {
        double best = Double.POSITIVE_INFINITY;
        for (int main = 0; main < problem.centreCount; main++) {
            best = Math.min(best, boundWithMainCentre(problem, classes, priced, communityClasses, main));
        }
        if (best == Double.POSITIVE_INFINITY) {
            best = 0;
            for (int k : communityClasses) {
                best += everybodyWaiting(classes, k);
            }
        }
        return best;
    }

    private static double boundWithMainCentre(IndexedProblem problem, HouseholdClasses classes, double[][] priced,
                                              int[] communityClasses, int main) {
        double away = problem.weights.awayFromCommunity();
        double total = 0;
        List<double[]> gains = new ArrayList<>();
        double personsWanting = 0;
        for (int k : communityClasses) {
            double elsewhere = cheapestOtherCentre(priced[k], main) + away * classes.size[k];
            for (int segment = 0; segment < classes.segmentSizes[k].length; segment++) {
                int households = classes.segmentSizes[k][segment];
                double withoutMain = Math.min(classes.segmentWaitingCosts[k][segment], elsewhere);
                total += households * withoutMain;
                double gain = withoutMain - priced[k][main];
                if (gain > 0) {
                    gains.add(new double[]{gain / classes.size[k], (double) households * classes.size[k]});
                    personsWanting += households * classes.size[k];
                }
            }
        }
        return total - knapsackGain(gains, personsWanting, problem.centre(main).freePersons());
    }

    /** The most the main centre's persons can gain: best gain per person first, the last one in part. */
    private static double knapsackGain(List<double[]> gainPerPersonAndPersons, double personsWanting, double room) {
        if (personsWanting <= room) {
            return gainPerPersonAndPersons.stream().mapToDouble(item -> item[0] * item[1]).sum();
        }
        double[][] items = gainPerPersonAndPersons.toArray(double[][]::new);
        Arrays.sort(items, (a, b) -> Double.compare(b[0], a[0]));
        double gain = 0;
        double left = room;
        for (double[] item : items) {
            double taken = Math.min(left, item[1]);
            gain += taken * item[0];
            left -= taken;
            if (left <= 0) {
                break;
            }
        }
        return gain;
    }

    private static double cheapestOtherCentre(double[] pricedByCentre, int main) {
        double cheapest = Double.POSITIVE_INFINITY;
        for (int c = 0; c < pricedByCentre.length; c++) {
            if (c != main) {
                cheapest = Math.min(cheapest, pricedByCentre[c]);
            }
        }
        return cheapest;
    }

    private static double everybodyWaiting(HouseholdClasses classes, int k) {
        double cost = 0;
        for (int segment = 0; segment < classes.segmentSizes[k].length; segment++) {
            cost += classes.segmentSizes[k][segment] * classes.segmentWaitingCosts[k][segment];
        }
        return cost;
    }
}
