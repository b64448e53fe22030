package org.homeward.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.homeward.allocation.engine.GeoPoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Centroids of Syrian administrative units by OCHA P-code (governorates, districts, sub-districts),
 * from the places data bundled with Homeward (OCHA / Open-Syria data-geography, CC BY 4.0).
 */
public final class PcodeCentroids {

    private static final String[] FILES = {
        "/places/governorates.json", "/places/districts.json", "/places/subdistricts.json"
    };

    private final Map<String, GeoPoint> centroids;

    private PcodeCentroids(Map<String, GeoPoint> centroids) {
        this.centroids = Map.copyOf(centroids);
    }

    /** The centroids of every unit in the bundled places data. */
    public static PcodeCentroids bundled() {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, GeoPoint> centroids = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = PcodeCentroids.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("The places data " + file + " is missing from the application");
                }
                for (JsonNode unit : mapper.readTree(in)) {
                    String pcode = unit.path("externalIds").path("ochaPcode").asString("");
                    JsonNode centroid = unit.path("centroid");
                    if (!pcode.isEmpty() && centroid.has("latitude") && centroid.has("longitude")) {
                        centroids.put(
                                pcode,
                                new GeoPoint(
                                        centroid.path("latitude").asDouble(),
                                        centroid.path("longitude").asDouble()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the places data " + file, e);
            }
        }
        return new PcodeCentroids(centroids);
    }

    /** The centroid of the unit with this P-code (letters in any case), if the places data has it. */
    public Optional<GeoPoint> centroidOf(String pcode) {
        return Optional.ofNullable(centroids.get(pcode.strip().toUpperCase(Locale.ROOT)));
    }

    int size() {
        return centroids.size();
    }
}
