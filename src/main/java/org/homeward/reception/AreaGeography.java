package org.homeward.reception;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The centroids and names of Syria's governorates, districts and sub-districts, read from the
 * places reference files shipped with the application (OCHA / Open-Syria data-geography).
 *
 * <p>Reception reads the files itself because the places feature's lookup answers names only;
 * the nearness of a destination to a centre needs coordinates.
 */
public final class AreaGeography {

    private static final String[] FILES = {
        "places/governorates.json", "places/districts.json", "places/subdistricts.json"
    };
    private static final double EARTH_RADIUS_KILOMETRES = 6371.0088;
    private static volatile AreaGeography shipped;
    private final Map<String, AreaCentroid> areas;

    AreaGeography(Map<String, AreaCentroid> areas) {
        this.areas = Map.copyOf(areas);
    }

    /** The geography of the reference files on the class path, read once. */
    public static AreaGeography shipped() {
        AreaGeography loaded = shipped;
        if (loaded == null) {
            synchronized (AreaGeography.class) {
                if (shipped == null) {
                    shipped = read();
                }
                loaded = shipped;
            }
        }
        return loaded;
    }

    private static AreaGeography read() {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, AreaCentroid> areas = new LinkedHashMap<>();
        for (String file : FILES) {
            try (InputStream in = AreaGeography.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("The places reference file " + file + " is missing");
                }
                for (JsonNode unit : json.readTree(in)) {
                    AreaCentroid area = areaOf(unit);
                    if (area != null) {
                        areas.put(area.pcode(), area);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new AreaGeography(areas);
    }

    private static AreaCentroid areaOf(JsonNode unit) {
        JsonNode pcode = unit.path("externalIds").path("ochaPcode");
        JsonNode centroid = unit.path("centroid");
        if (!pcode.isString() || !centroid.has("latitude")) {
            return null;
        }
        return new AreaCentroid(
                pcode.asString(),
                unit.path("name").path("en").asString(),
                unit.path("name").path("ar").asString(),
                centroid.get("latitude").asDouble(),
                centroid.get("longitude").asDouble(),
                unit.path("population").path("value").asLong(0));
    }

    /** The unit with this P-code (governorate, district or sub-district), if the files have it. */
    public Optional<AreaCentroid> area(String pcode) {
        return pcode == null ? Optional.empty() : Optional.ofNullable(areas.get(pcode.trim()));
    }

    /** All sub-districts, ordered by P-code. */
    public List<AreaCentroid> subdistricts() {
        return level(8);
    }

    /** All governorates, ordered by P-code. */
    public List<AreaCentroid> governorates() {
        return level(4);
    }

    private List<AreaCentroid> level(int pcodeLength) {
        return areas.values().stream()
                .filter(area -> area.pcode().length() == pcodeLength)
                .sorted(Comparator.comparing(AreaCentroid::pcode))
                .toList();
    }

    /** The great-circle (haversine) distance between two points on the earth, in kilometres. */
    public static double kilometresBetween(double latitude1, double longitude1, double latitude2, double longitude2) {
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double deltaPhi = Math.toRadians(latitude2 - latitude1);
        double deltaLambda = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return 2 * EARTH_RADIUS_KILOMETRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
