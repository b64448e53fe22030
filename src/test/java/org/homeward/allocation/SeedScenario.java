package org.homeward.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.homeward.allocation.engine.AllocationProblem;
import org.homeward.allocation.engine.AllocationWeights;
import org.homeward.allocation.engine.CentreVacancy;
import org.homeward.allocation.engine.WaitingHousehold;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;

/**
 * The seed scenario of the allocation, generated from a seed: 100 centres in 100 distinct real
 * sub-districts (their centroids) with 500,000 free places, and households waiting (120,000,
 * about 540,000 persons, so not all fit) whose homes are real sub-districts drawn by population.
 * Other sizes scale the places in proportion, so that the share that fits stays the same.
 */
public final class SeedScenario {

    public static final int CENTRES = 100;
    public static final int SEED_HOUSEHOLDS = 120_000;
    public static final int SEED_PLACES = 500_000;

    private SeedScenario() {}

    /** The seed scenario itself. */
    public static AllocationProblem seed(long seed) {
        return generate(seed, SEED_HOUSEHOLDS, 0);
    }

    /**
     * A scenario with the given number of households and places in proportion; the first
     * {@code closedCentres} centres are closed (their places count in the total but cannot be used).
     */
    public static AllocationProblem generate(long seed, int households, int closedCentres) {
        Random random = new Random(seed);
        List<Subdistrict> subdistricts = readSubdistricts();
        List<CentreVacancy> centres =
                centres(random, subdistricts, (long) SEED_PLACES * households / SEED_HOUSEHOLDS, closedCentres);
        List<WaitingHousehold> waiting = households(random, subdistricts, households);
        return new AllocationProblem(waiting, centres, AllocationWeights.defaults());
    }

    /**
     * A planned arrival day: the seed scenario's centres, with their 500,000 places, and only the
     * given number of households arriving, so that all of them fit.
     */
    public static AllocationProblem arrivalDay(long seed, int households) {
        Random random = new Random(seed);
        List<Subdistrict> subdistricts = readSubdistricts();
        List<CentreVacancy> centres = centres(random, subdistricts, SEED_PLACES, 0);
        return new AllocationProblem(
                households(random, subdistricts, households), centres, AllocationWeights.defaults());
    }

    private static List<CentreVacancy> centres(
            Random random, List<Subdistrict> subdistricts, long places, int closedCentres) {
        List<Subdistrict> towns = new ArrayList<>(subdistricts);
        Collections.shuffle(towns, random);
        double[] weights = new double[CENTRES];
        double totalWeight = 0;
        for (int c = 0; c < CENTRES; c++) {
            weights[c] = 0.4 + 1.2 * random.nextDouble();
            totalWeight += weights[c];
        }
        List<CentreVacancy> centres = new ArrayList<>();
        long given = 0;
        for (int c = 0; c < CENTRES; c++) {
            int persons =
                    c == CENTRES - 1 ? (int) (places - given) : (int) Math.round(places * weights[c] / totalWeight);
            given += persons;
            int units = (int) Math.round(persons / (3.6 + 0.8 * random.nextDouble()));
            int accessible = (int) Math.round(units * (0.03 + 0.04 * random.nextDouble()));
            Subdistrict town = towns.get(c);
            boolean open = c >= closedCentres;
            centres.add(new CentreVacancy(
                    String.format("RC%03d", c + 1),
                    town.pcode(),
                    town.centroid(),
                    persons,
                    units,
                    accessible,
                    0,
                    open));
        }
        return centres;
    }

    private static List<WaitingHousehold> households(Random random, List<Subdistrict> subdistricts, int count) {
        double[] cumulative = new double[subdistricts.size()];
        double total = 0;
        for (int i = 0; i < subdistricts.size(); i++) {
            total += subdistricts.get(i).population();
            cumulative[i] = total;
        }
        List<WaitingHousehold> households = new ArrayList<>(count);
        for (int h = 0; h < count; h++) {
            Subdistrict home = random.nextDouble() < 0.8
                    ? subdistricts.get(drawIndex(cumulative, random.nextDouble() * total))
                    : subdistricts.get(random.nextInt(subdistricts.size()));
            households.add(new WaitingHousehold(
                    String.format("H%07d", h + 1),
                    1 + binomial(random, 11, 0.318),
                    random.nextDouble() < 0.04,
                    home.pcode(),
                    home.centroid(),
                    priority(random),
                    random.nextInt(721)));
        }
        return households;
    }

    private static int drawIndex(double[] cumulative, double value) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int binomial(Random random, int trials, double probability) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < probability) {
                successes++;
            }
        }
        return successes;
    }

    /** Most households have no specific vulnerability; few the highest. */
    private static int priority(Random random) {
        double draw = random.nextDouble();
        return draw < 0.55 ? 0 : draw < 0.80 ? 1 : draw < 0.92 ? 2 : draw < 0.98 ? 3 : 4;
    }

    static List<Subdistrict> readSubdistricts() {
        return PlaceLookup.shipped().areasAt(PlaceLevel.SUBDISTRICT).stream()
                .map(unit -> new Subdistrict(
                        unit.pcode(),
                        unit.centroid().orElseThrow(),
                        Math.max(1000, unit.population() == null ? 1000 : unit.population())))
                .toList();
    }

    record Subdistrict(String pcode, GeoPoint centroid, double population) {}
}
