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

    private LagrangianBound() {}

    static double of(IndexedProblem problem, HouseholdClasses classes, ArcCosts costs, LpDuals duals) {
        double[][] priced = pricedPlacements(problem, classes, costs, duals);
        double bound = centreTerms(problem, duals);
        for (int[] communityClasses : classesByCommunity(problem, classes)) {
            bound += communityBound(problem, classes, priced, communityClasses);
        }
        return bound;
    }

    /** Per class and centre, what placing one household costs at the prices; infinite where it never fits. */
    private static double[][] pricedPlacements(
            IndexedProblem problem, HouseholdClasses classes, ArcCosts costs, LpDuals duals) {
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
                terms +=
                        curve.pieceLength(piece) * Math.min(0, curve.pieceCostPerPerson(piece) + duals.personRows()[c]);
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
        return lists.stream()
                .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }

    private static double communityBound(
            IndexedProblem problem, HouseholdClasses classes, double[][] priced, int[] communityClasses) {
        CheapestCentres cheapest = new CheapestCentres(priced, communityClasses);
        KnapsackItems items = new KnapsackItems(communityClasses, classes);
        double best = Double.POSITIVE_INFINITY;
        for (int main = 0; main < problem.centreCount; main++) {
            best = Math.min(
                    best, boundWithMainCentre(problem, classes, priced, communityClasses, cheapest, items, main));
        }
        if (best == Double.POSITIVE_INFINITY) {
            best = 0;
            for (int k : communityClasses) {
                best += everybodyWaiting(classes, k);
            }
        }
        return best;
    }

    private static double boundWithMainCentre(
            IndexedProblem problem,
            HouseholdClasses classes,
            double[][] priced,
            int[] communityClasses,
            CheapestCentres cheapest,
            KnapsackItems items,
            int main) {
        double away = problem.weights.awayFromCommunity();
        double total = 0;
        items.clear();
        for (int i = 0; i < communityClasses.length; i++) {
            int k = communityClasses[i];
            double elsewhere = cheapest.otherThan(i, main) + away * classes.size[k];
            for (int segment = 0; segment < classes.segmentSizes[k].length; segment++) {
                int households = classes.segmentSizes[k][segment];
                double withoutMain = Math.min(classes.segmentWaitingCosts[k][segment], elsewhere);
                total += households * withoutMain;
                double gain = withoutMain - priced[k][main];
                if (gain > 0) {
                    items.add(gain / classes.size[k], (double) households * classes.size[k]);
                }
            }
        }
        return total - items.mostGain(problem.centre(main).freePersons());
    }

    /** Per class of a community, its cheapest and second cheapest centre at the prices. */
    private static final class CheapestCentres {
        private final int[] cheapestCentre;
        private final double[] cheapest;
        private final double[] secondCheapest;

        CheapestCentres(double[][] priced, int[] communityClasses) {
            cheapestCentre = new int[communityClasses.length];
            cheapest = new double[communityClasses.length];
            secondCheapest = new double[communityClasses.length];
            for (int i = 0; i < communityClasses.length; i++) {
                double[] byCentre = priced[communityClasses[i]];
                cheapest[i] = Double.POSITIVE_INFINITY;
                secondCheapest[i] = Double.POSITIVE_INFINITY;
                cheapestCentre[i] = -1;
                for (int c = 0; c < byCentre.length; c++) {
                    if (byCentre[c] < cheapest[i]) {
                        secondCheapest[i] = cheapest[i];
                        cheapest[i] = byCentre[c];
                        cheapestCentre[i] = c;
                    } else if (byCentre[c] < secondCheapest[i]) {
                        secondCheapest[i] = byCentre[c];
                    }
                }
            }
        }

        double otherThan(int i, int centre) {
            return cheapestCentre[i] == centre ? secondCheapest[i] : cheapest[i];
        }
    }

    /**
     * What households gain per person by going to the main centre, and how many persons: the most
     * the main centre's room can gain is taken best gain first, the last item in part (a fractional
     * knapsack, itself a relaxation of whole households).
     */
    private static final class KnapsackItems {
        private double[] gainPerPerson;
        private double[] persons;
        private int count;

        KnapsackItems(int[] communityClasses, HouseholdClasses classes) {
            int segments = 0;
            for (int k : communityClasses) {
                segments += classes.segmentSizes[k].length;
            }
            gainPerPerson = new double[segments];
            persons = new double[segments];
        }

        void clear() {
            count = 0;
        }

        void add(double gain, double itemPersons) {
            gainPerPerson[count] = gain;
            persons[count++] = itemPersons;
        }

        double mostGain(double room) {
            double wanted = 0;
            double gain = 0;
            for (int i = 0; i < count; i++) {
                wanted += persons[i];
                gain += gainPerPerson[i] * persons[i];
            }
            if (wanted <= room) {
                return gain;
            }
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(gainPerPerson[b], gainPerPerson[a]));
            gain = 0;
            double left = room;
            for (int i = 0; i < count && left > 0; i++) {
                double taken = Math.min(left, persons[order[i]]);
                gain += taken * gainPerPerson[order[i]];
                left -= taken;
            }
            return gain;
        }
    }

    private static double everybodyWaiting(HouseholdClasses classes, int k) {
        double cost = 0;
        for (int segment = 0; segment < classes.segmentSizes[k].length; segment++) {
            cost += classes.segmentSizes[k][segment] * classes.segmentWaitingCosts[k][segment];
        }
        return cost;
    }
}
