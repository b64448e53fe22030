package org.homeward.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data of places held in memory: administrative units with their aliases, countries
 * of asylum and crossing points. It answers {@link PlaceLookup} from what the database holds, so
 * journeys accept exactly the codes the reference data knows. Immutable once built.
 */
final class PlaceCatalogue implements PlaceLookup {

    private static final Comparator<Place> BY_PCODE = Comparator.comparing(Place::pcode);

    private final Map<String, Place> areas = new LinkedHashMap<>();
    private final Set<String> retiredAreas;
    private final Map<String, List<Place>> children = new LinkedHashMap<>();
    private final Map<String, List<PlaceAlias>> aliases;
    private final Map<String, CountryOfAsylum> countries = new LinkedHashMap<>();
    private final Map<String, CrossingPoint> crossings = new LinkedHashMap<>();

    /**
     * @param areas        every unit the database holds, current or retired
     * @param retiredAreas the P-codes of units the shipped data no longer lists: still named, no longer accepted
     */
    PlaceCatalogue(
            List<Place> areas,
            Set<String> retiredAreas,
            Map<String, List<PlaceAlias>> aliases,
            List<CountryOfAsylum> countries,
            List<CrossingPoint> crossings) {
        this.retiredAreas = Set.copyOf(retiredAreas);
        areas.stream().sorted(BY_PCODE).forEach(place -> this.areas.put(place.pcode(), place));
        for (Place place : this.areas.values()) {
            if (place.parentPcode() != null && !this.retiredAreas.contains(place.pcode())) {
                children.computeIfAbsent(place.parentPcode(), parent -> new ArrayList<>())
                        .add(place);
            }
        }
        this.aliases = Map.copyOf(aliases);
        countries.stream()
                .sorted(Comparator.comparing(CountryOfAsylum::nameEn))
                .forEach(country -> this.countries.put(country.iso3(), country));
        crossings.forEach(crossing -> this.crossings.put(crossing.code(), crossing));
    }

    @Override
    public boolean isKnownArea(String pcode) {
        String code = code(pcode);
        return areas.containsKey(code) && !retiredAreas.contains(code);
    }

    @Override
    public boolean isKnownCountry(String iso3) {
        return countries.containsKey(code(iso3));
    }

    @Override
    public boolean isKnownCrossing(String code) {
        return crossings.containsKey(code(code));
    }

    @Override
    public Optional<String> displayName(String code, String language) {
        String key = code(code);
        if (areas.containsKey(key)) {
            return Optional.of(areas.get(key).name(language));
        }
        if (countries.containsKey(key)) {
            return Optional.of(countries.get(key).name(language));
        }
        return Optional.ofNullable(crossings.get(key)).map(crossing -> crossing.name(language));
    }

    @Override
    public Optional<Place> area(String pcode) {
        return Optional.ofNullable(areas.get(code(pcode)));
    }

    @Override
    public List<Place> areasAt(PlaceLevel level) {
        return areas(level, null);
    }

    /** The current units of a level (all levels when null) under a parent (anywhere when null), by P-code. */
    List<Place> areas(PlaceLevel level, String parentPcode) {
        String parent = parentPcode == null ? null : code(parentPcode);
        return currentAreas().stream()
                .filter(place -> level == null || place.level() == level)
                .filter(place -> parent == null
                        || isWithin(place.pcode(), parent) && !place.pcode().equals(parent))
                .toList();
    }

    /** Every current unit, by P-code. */
    List<Place> currentAreas() {
        return areas.values().stream()
                .filter(place -> !retiredAreas.contains(place.pcode()))
                .toList();
    }

    /** The current units one level down, by P-code. */
    List<Place> children(String pcode) {
        return Collections.unmodifiableList(children.getOrDefault(code(pcode), List.of()));
    }

    /** The units a unit lies in, from its governorate down to its parent. */
    List<Place> ancestors(String pcode) {
        List<Place> ancestors = new ArrayList<>();
        Place place = areas.get(code(pcode));
        while (place != null && place.parentPcode() != null) {
            place = areas.get(place.parentPcode());
            if (place != null) {
                ancestors.add(0, place);
            }
        }
        return ancestors;
    }

    /** Whether a unit is the other unit or lies inside it. */
    boolean isWithin(String pcode, String ancestorPcode) {
        Place place = areas.get(code(pcode));
        while (place != null) {
            if (place.pcode().equals(ancestorPcode)) {
                return true;
            }
            place = place.parentPcode() == null ? null : areas.get(place.parentPcode());
        }
        return false;
    }

    List<PlaceAlias> aliases(String pcode) {
        return aliases.getOrDefault(code(pcode), List.of());
    }

    @Override
    public List<CountryOfAsylum> countries() {
        return List.copyOf(countries.values());
    }

    Optional<CountryOfAsylum> country(String iso3) {
        return Optional.ofNullable(countries.get(code(iso3)));
    }

    @Override
    public List<CrossingPoint> crossings() {
        return List.copyOf(crossings.values());
    }

    @Override
    public Optional<String> crossingName(String code, String language) {
        return crossing(code).map(crossing -> crossing.name(language));
    }

    Optional<CrossingPoint> crossing(String code) {
        return Optional.ofNullable(crossings.get(code(code)));
    }

    private static String code(String code) {
        return Objects.requireNonNullElse(code, "").trim().toUpperCase(Locale.ROOT);
    }
}
