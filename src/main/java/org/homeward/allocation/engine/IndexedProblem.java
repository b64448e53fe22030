package org.homeward.allocation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.places.GeoPoint;

/**
 * A problem turned into arrays: households, their home locations (distinct home points), their
 * communities (distinct home P-codes) and the distance from every home location to every centre.
 */
final class IndexedProblem {

    final AllocationProblem problem;
    final AllocationWeights weights;
    final int householdCount;
    final int centreCount;
    final int[] size;
    final boolean[] accessible;
    final int[] location;
    final int[] community;
    /** What one person of the household costs when the household is left waiting. */
    final double[] waitingCostPerPerson;

    final int[] communityOfLocation;
    final String[] communityCodes;
    final double[][] kilometres;
    final FullnessCurve[] fullness;
    final int largestHousehold;

    IndexedProblem(AllocationProblem problem) {
        this.problem = problem;
        this.weights = problem.weights();
        List<WaitingHousehold> households = problem.households();
        List<CentreVacancy> centres = problem.centres();
        householdCount = households.size();
        centreCount = centres.size();
        size = new int[householdCount];
        accessible = new boolean[householdCount];
        location = new int[householdCount];
        community = new int[householdCount];
        waitingCostPerPerson = new double[householdCount];
        Map<String, Integer> communities = new HashMap<>();
        Map<LocationKey, Integer> locations = new HashMap<>();
        List<GeoPoint> points = new ArrayList<>();
        List<Integer> locationCommunity = new ArrayList<>();
        int largest = 0;
        for (int h = 0; h < householdCount; h++) {
            WaitingHousehold household = households.get(h);
            size[h] = household.size();
            largest = Math.max(largest, household.size());
            accessible[h] = household.accessibleNeeded();
            community[h] = communities.computeIfAbsent(household.homePcode(), code -> communities.size());
            int communityIndex = community[h];
            location[h] = locations.computeIfAbsent(new LocationKey(household.homePcode(), household.home()), key -> {
                points.add(key.point());
                locationCommunity.add(communityIndex);
                return points.size() - 1;
            });
            waitingCostPerPerson[h] =
                    weights.leftWaiting() + weights.priorityPerPerson(household.priority(), household.waitingDays());
        }
        largestHousehold = largest;
        communityCodes = new String[communities.size()];
        communities.forEach((code, index) -> communityCodes[index] = code);
        communityOfLocation =
                locationCommunity.stream().mapToInt(Integer::intValue).toArray();
        kilometres = distances(points, centres);
        fullness = centres.stream()
                .map(centre -> new FullnessCurve(centre, weights.fullness()))
                .toArray(FullnessCurve[]::new);
    }

    CentreVacancy centre(int centre) {
        return problem.centres().get(centre);
    }

    WaitingHousehold household(int household) {
        return problem.households().get(household);
    }

    /** Persons waiting per community. */
    long[] communityPersons() {
        long[] persons = new long[communityCodes.length];
        for (int h = 0; h < householdCount; h++) {
            persons[community[h]] += size[h];
        }
        return persons;
    }

    /**
     * Per community, the most of its persons one centre can hold: all of them, or the free persons
     * of the largest open centre.
     */
    long[] communityMostInOneCentre() {
        int largestCentre = 0;
        for (CentreVacancy centre : problem.centres()) {
            if (centre.open()) {
                largestCentre = Math.max(largestCentre, centre.freePersons());
            }
        }
        long[] most = communityPersons();
        for (int m = 0; m < most.length; m++) {
            most[m] = Math.min(most[m], largestCentre);
        }
        return most;
    }

    int locationCount() {
        return kilometres.length;
    }

    double waitingCost(int household) {
        return size[household] * waitingCostPerPerson[household];
    }

    double distanceCost(int household, int centre) {
        return weights.distance() * size[household] * kilometres[location[household]][centre];
    }

    /** Whether the household could be placed in the centre if the centre were otherwise empty. */
    boolean couldEverFit(int household, int centre) {
        return couldEverFit(size[household], accessible[household], centre);
    }

    boolean couldEverFit(int persons, boolean needsAccessible, int centre) {
        CentreVacancy vacancy = centre(centre);
        return vacancy.open()
                && vacancy.freePersons() >= persons
                && vacancy.freeFamilyUnits() >= 1
                && (!needsAccessible || vacancy.freeAccessibleUnits() >= 1);
    }

    private static double[][] distances(List<GeoPoint> points, List<CentreVacancy> centres) {
        double[][] kilometres = new double[points.size()][centres.size()];
        for (int l = 0; l < points.size(); l++) {
            for (int c = 0; c < centres.size(); c++) {
                kilometres[l][c] = points.get(l).kilometresTo(centres.get(c).location());
            }
        }
        return kilometres;
    }

    private record LocationKey(String pcode, GeoPoint point) {}
}
