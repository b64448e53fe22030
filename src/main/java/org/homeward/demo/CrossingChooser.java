package org.homeward.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVRecord;

/**
 * Chooses the crossing point a refugee household uses: one that serves its country of asylum
 * ({@code demo/crossings.csv}), preferring those near its destination, as people take the
 * crossing on their way home.
 */
final class CrossingChooser {

    private static final String RESOURCE = "/demo/crossings.csv";
    private static final String AIR_ARRIVALS = "*";
    /** Distance (km) over which a land crossing's pull falls by a factor e. */
    private static final double LAND_REACH = 150;
    /** Airports draw from further away. */
    private static final double AIRPORT_REACH = 300;

    /** One crossing as it serves one country of asylum. */
    record Crossing(
            String code, String countryOfAsylum, double weight, double latitude, double longitude, String siteName) {
        boolean airport() {
            return code.endsWith("_AIRPORT");
        }
    }

    private final Map<String, List<Crossing>> byCountry = new LinkedHashMap<>();
    private final Map<String, String> siteNames = new HashMap<>();
    private final Map<String, WeightedSampler<Crossing>> samplers = new HashMap<>();

    CrossingChooser() {
        for (CSVRecord record : DemoResources.csvRecords(RESOURCE)) {
            Crossing crossing = new Crossing(
                    record.get("code"),
                    record.get("country_of_asylum"),
                    Double.parseDouble(record.get("weight")),
                    Double.parseDouble(record.get("latitude")),
                    Double.parseDouble(record.get("longitude")),
                    record.get("site_name"));
            byCountry
                    .computeIfAbsent(crossing.countryOfAsylum(), key -> new ArrayList<>())
                    .add(crossing);
            siteNames.put(crossing.code(), crossing.siteName());
        }
    }

    String choose(String countryOfAsylum, PopulatedSubdistrict destination, RandomGenerator random) {
        String key = countryOfAsylum + "/" + destination.pcode();
        WeightedSampler<Crossing> sampler =
                samplers.computeIfAbsent(key, ignored -> samplerFor(countryOfAsylum, destination));
        return sampler.sample(random).code();
    }

    /** The crossing codes that may serve a country of asylum. */
    List<String> codesFor(String countryOfAsylum) {
        return crossingsFor(countryOfAsylum).stream().map(Crossing::code).toList();
    }

    String siteName(String code) {
        return siteNames.getOrDefault(code, code);
    }

    private WeightedSampler<Crossing> samplerFor(String countryOfAsylum, PopulatedSubdistrict destination) {
        return WeightedSampler.of(
                crossingsFor(countryOfAsylum),
                crossing -> crossing.weight()
                        * StrictMath.exp(-destination.kilometresTo(crossing.latitude(), crossing.longitude())
                                / (crossing.airport() ? AIRPORT_REACH : LAND_REACH)));
    }

    private List<Crossing> crossingsFor(String countryOfAsylum) {
        return byCountry.getOrDefault(countryOfAsylum, byCountry.get(AIR_ARRIVALS));
    }
}
