package org.homeward.reception;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.homeward.places.Place;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Component;

/**
 * Demonstration centres, the same for the same seed: 100 centres in 100 distinct towns (real
 * sub-districts, placed at their centroids), 500,000 person places in all, shared out by the square
 * root of each sub-district's population so that cities get more room without taking it all.
 */
@Component
public class CentreFixtures {

    public static final int CENTRES = 100;
    public static final int TOTAL_PERSONS = 500_000;
    /** The mean household size the family units are sized for. */
    static final double PERSONS_PER_FAMILY = 5.0;
    /** How often a demonstration centre offers each service; every centre has water. */
    private static final Map<OfferedService, Double> SERVICE_LIKELIHOOD = Map.of(
            OfferedService.WATER,
            1.0,
            OfferedService.SANITATION,
            0.9,
            OfferedService.ELECTRICITY,
            0.8,
            OfferedService.HEALTH_POINT,
            0.7,
            OfferedService.KITCHEN,
            0.6,
            OfferedService.SCHOOL,
            0.4,
            OfferedService.CHILD_FRIENDLY_SPACE,
            0.3,
            OfferedService.PSYCHOSOCIAL_SUPPORT,
            0.2,
            OfferedService.LEGAL_AID,
            0.15);

    private final CentreImportService imports;

    CentreFixtures(CentreImportService imports) {
        this.imports = imports;
    }

    /**
     * Creates (or brings back to the generated state) the demonstration centres through the
     * ordinary import, so running it twice changes nothing the second time.
     */
    public CentreImportReport install(long seed) {
        return install(seed, TOTAL_PERSONS);
    }

    /**
     * Installs the demonstration centres with the given person places in all (the same towns and
     * shares as with 500,000), for a reception plan made smaller than the national one.
     */
    public CentreImportReport install(long seed, int totalPersons) {
        return imports.importCsv(
                CentreCsvWriter.write(generate(seed, totalPersons)).getBytes(StandardCharsets.UTF_8), "demo");
    }

    /** The demonstration centres in the {@code centres.csv} layout, for the allocation command line. */
    public static String csv(long seed) {
        return CentreCsvWriter.write(generate(seed));
    }

    /** The demonstration centres, ordered by code ({@code RC-001} to {@code RC-100}, in P-code order). */
    public static List<CentreRequest> generate(long seed) {
        return generate(seed, TOTAL_PERSONS);
    }

    /** The demonstration centres with the given person places in all, at least ten per centre on average. */
    public static List<CentreRequest> generate(long seed, int totalPersons) {
        if (totalPersons < 10 * CENTRES) {
            throw new IllegalArgumentException("The demonstration centres need at least " + 10 * CENTRES + " places");
        }
        Random random = new Random(seed);
        List<Place> subdistricts = new ArrayList<>(PlaceLookup.shipped().areasAt(PlaceLevel.SUBDISTRICT));
        Collections.shuffle(subdistricts, random);
        List<Place> chosen = subdistricts.subList(0, CENTRES).stream()
                .sorted(Comparator.comparing(Place::pcode))
                .toList();
        int[] persons = shareOut(chosen, totalPersons, random);
        List<CentreRequest> centres = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            centres.add(centre(String.format("RC-%03d", i + 1), chosen.get(i), persons[i], random));
        }
        return centres;
    }

    private static CentreRequest centre(String code, Place town, int persons, Random random) {
        double familySize = PERSONS_PER_FAMILY * (0.9 + 0.2 * random.nextDouble());
        int families = Math.max(1, (int) Math.round(persons / familySize));
        int accessible = Math.max(1, (int) Math.round(families * (0.06 + 0.06 * random.nextDouble())));
        return new CentreRequest(
                code,
                "Reception centre " + town.nameEn(),
                "مركز استقبال " + town.nameAr(),
                town.nameEn(),
                town.nameAr(),
                town.pcode(),
                round(town.latitude()),
                round(town.longitude()),
                persons,
                families,
                accessible,
                services(random),
                true,
                null);
    }

    /** Shares the total out by weight with the largest-remainder method, so the parts add up exactly. */
    private static int[] shareOut(List<Place> towns, int total, Random random) {
        double[] weights = new double[towns.size()];
        double sum = 0;
        for (int i = 0; i < towns.size(); i++) {
            // Two sub-districts have no population figure; they weigh as a small town.
            weights[i] =
                    Math.sqrt(Math.max(Objects.requireNonNullElse(towns.get(i).population(), 0), 10_000))
                            * (0.8 + 0.4 * random.nextDouble());
            sum += weights[i];
        }
        int[] shares = new int[towns.size()];
        List<Integer> byRemainder = new ArrayList<>();
        int given = 0;
        double[] remainders = new double[towns.size()];
        for (int i = 0; i < towns.size(); i++) {
            double exact = (double) total * weights[i] / sum;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
            byRemainder.add(i);
        }
        byRemainder.sort(
                Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparing(i -> i));
        for (int i = 0; i < total - given; i++) {
            shares[byRemainder.get(i)]++;
        }
        return shares;
    }

    private static List<String> services(Random random) {
        List<String> services = new ArrayList<>();
        for (OfferedService service : OfferedService.values()) {
            if (random.nextDouble() < SERVICE_LIKELIHOOD.get(service)) {
                services.add(service.name());
            }
        }
        return services;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }
}
