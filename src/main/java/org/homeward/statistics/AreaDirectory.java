package org.homeward.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrative units statistics group by, with their names in both languages and their
 * centroids, read from the shipped places data (OCHA / Open-Syria data-geography, CC BY 4.0).
 */
@Component
class AreaDirectory {

    /** One governorate (level 1), district (2) or sub-district (3). */
    record Area(String code, int level, String nameEnglish, String nameArabic, double latitude, double longitude) {

        String name(String language) {
            return "ar".equals(language) ? nameArabic : nameEnglish;
        }
    }

    private final Map<String, Area> areas = new LinkedHashMap<>();

    AreaDirectory() {
        JsonMapper json = JsonMapper.builder().build();
        read(json, "places/governorates.json", 1);
        read(json, "places/districts.json", 2);
        read(json, "places/subdistricts.json", 3);
    }

    private void read(JsonMapper json, String resource, int level) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            for (JsonNode unit : json.readTree(in)) {
                String code = unit.path("externalIds").path("ochaPcode").asString("");
                if (code.isEmpty()) {
                    continue;
                }
                JsonNode centroid = unit.path("centroid");
                areas.put(
                        code,
                        new Area(
                                code,
                                level,
                                unit.path("name").path("en").asString(code),
                                unit.path("name").path("ar").asString(code),
                                centroid.path("latitude").asDouble(),
                                centroid.path("longitude").asDouble()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The places data " + resource + " cannot be read", e);
        }
    }

    Optional<Area> find(String code) {
        return Optional.ofNullable(areas.get(code));
    }

    /** The units of a level, within an area when one is given (its code is their prefix), in code order. */
    List<Area> unitsAt(int level, String within) {
        List<Area> units = new ArrayList<>();
        for (Area area : areas.values()) {
            if (area.level() == level && (within == null || area.code().startsWith(within))) {
                units.add(area);
            }
        }
        units.sort(Comparator.comparing(Area::code));
        return units;
    }
}
