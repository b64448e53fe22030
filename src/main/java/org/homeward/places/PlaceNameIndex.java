package org.homeward.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.homeward.places.PlaceNames.NameKey;

/**
 * Every name and alias of the current units, keyed so that a query finds the units it names: first
 * by the exact key, then the normalised key, then the phonetic key, then by approximate spelling.
 * Only the surest kind of match that finds anything counts, so a name that is exact for one unit
 * is not made ambiguous by a unit that merely sounds alike.
 */
final class PlaceNameIndex {

    /** One name of a unit with its keys. */
    private record IndexedName(Place place, String name, boolean primary, NameKey key) {}

    /** A unit found by a query, how, and through which of its names. */
    record Hit(Place place, PlaceMatch match, int distance, String matchedName) {}

    /** A unit offered for what was typed; a lower rank is a better suggestion. */
    record Suggestion(Place place, int rank, String matchedName) {}

    private static final int PHONETIC_MINIMUM = 2;
    private final List<IndexedName> names = new ArrayList<>();
    private final Map<String, List<IndexedName>> byStrict = new HashMap<>();
    private final Map<String, List<IndexedName>> byLoose = new HashMap<>();
    private final Map<String, List<IndexedName>> byPhonetic = new HashMap<>();

    PlaceNameIndex(PlaceCatalogue catalogue) {
        for (Place place : catalogue.currentAreas()) {
            add(place, place.nameEn(), true);
            add(place, place.nameAr(), true);
        }
        // Aliases after every primary name, so that a unit found by both is reported by its own name.
        for (Place place : catalogue.currentAreas()) {
            catalogue.aliases(place.pcode()).forEach(alias -> add(place, alias.value(), false));
        }
    }

    private void add(Place place, String name, boolean primary) {
        for (NameKey key : PlaceNames.keys(name)) {
            if (key.isEmpty()) {
                continue;
            }
            IndexedName indexed = new IndexedName(place, name, primary, key);
            names.add(indexed);
            byStrict.computeIfAbsent(key.strict(), k -> new ArrayList<>()).add(indexed);
            byLoose.computeIfAbsent(key.loose(), k -> new ArrayList<>()).add(indexed);
            if (key.phonetic().length() >= PHONETIC_MINIMUM) {
                byPhonetic
                        .computeIfAbsent(key.phonetic(), k -> new ArrayList<>())
                        .add(indexed);
            }
        }
    }

    /** The units the query matches best among those allowed, each once; empty when none comes close. */
    List<Hit> bestMatches(List<NameKey> query, Predicate<Place> allowed) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        keyed(query, NameKey::strict, byStrict, PlaceMatch.EXACT, allowed, hits);
        if (hits.isEmpty()) {
            keyed(query, NameKey::loose, byLoose, PlaceMatch.NORMALISED, allowed, hits);
        }
        if (hits.isEmpty()) {
            keyed(query, NameKey::phonetic, byPhonetic, PlaceMatch.PHONETIC, allowed, hits);
        }
        return hits.isEmpty() ? approximate(query, allowed) : List.copyOf(hits.values());
    }

    /** The units the query matches exactly, normalised or phonetically, each once with its surest match. */
    List<Hit> closeMatches(List<NameKey> query, Predicate<Place> allowed) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        keyed(query, NameKey::strict, byStrict, PlaceMatch.EXACT, allowed, hits);
        keyed(query, NameKey::loose, byLoose, PlaceMatch.NORMALISED, allowed, hits);
        keyed(query, NameKey::phonetic, byPhonetic, PlaceMatch.PHONETIC, allowed, hits);
        return List.copyOf(hits.values());
    }

    private void keyed(
            List<NameKey> query,
            Function<NameKey, String> key,
            Map<String, List<IndexedName>> map,
            PlaceMatch match,
            Predicate<Place> allowed,
            Map<String, Hit> hits) {
        for (NameKey reading : query) {
            for (IndexedName name : map.getOrDefault(key.apply(reading), List.of())) {
                if (allowed.test(name.place()) && (match != PlaceMatch.PHONETIC || soundsAlike(reading, name.key()))) {
                    hits.putIfAbsent(name.place().pcode(), new Hit(name.place(), match, 0, name.name()));
                }
            }
        }
    }

    /**
     * The allowed units whose own English or Arabic name is an own name of the unit given, such as
     * the two sub-districts called صوران: a query that found one of them by an alias of its own
     * ("Sawran") means the other as much.
     */
    List<Hit> namesakes(Place place, Predicate<Place> allowed) {
        Map<String, Hit> namesakes = new LinkedHashMap<>();
        for (IndexedName own : names) {
            if (!own.primary() || !own.place().equals(place)) {
                continue;
            }
            for (IndexedName other : byLoose.getOrDefault(own.key().loose(), List.of())) {
                if (other.primary() && !other.place().equals(place) && allowed.test(other.place())) {
                    namesakes.putIfAbsent(
                            other.place().pcode(), new Hit(other.place(), PlaceMatch.NAMESAKE, 0, other.name()));
                }
            }
        }
        return List.copyOf(namesakes.values());
    }

    /**
     * Whether a phonetic match is trustworthy: a skeleton of three consonants or more is, but one of
     * two (Daraa and Darayya are both "dr") only when the sounds differ by one letter at most.
     */
    private static boolean soundsAlike(NameKey query, NameKey name) {
        return query.phonetic().length() >= 3 || PlaceNames.distance(query.sounds(), name.sounds(), 1) <= 1;
    }

    private List<Hit> approximate(List<NameKey> query, Predicate<Place> allowed) {
        Map<String, Hit> best = new LinkedHashMap<>();
        int bestDistance = Integer.MAX_VALUE;
        for (NameKey reading : query) {
            int limit = allowedSlips(reading.loose());
            if (limit == 0) {
                continue;
            }
            for (IndexedName name : names) {
                int distance = PlaceNames.distance(reading.loose(), name.key().loose(), limit);
                if (distance > limit || distance > bestDistance || !allowed.test(name.place())) {
                    continue;
                }
                if (distance < bestDistance) {
                    best.clear();
                    bestDistance = distance;
                }
                best.putIfAbsent(
                        name.place().pcode(), new Hit(name.place(), PlaceMatch.APPROXIMATE, distance, name.name()));
            }
        }
        return List.copyOf(best.values());
    }

    /** How many slips of spelling a key of this length may carry and still name a place. */
    private static int allowedSlips(String key) {
        int length = key.codePointCount(0, key.length());
        return length < 5 ? 0 : length < 9 ? 1 : 2;
    }

    /** The units whose names begin like the query, the closest and largest first. */
    List<Suggestion> suggestions(List<NameKey> query, int limit) {
        Map<String, Suggestion> best = new HashMap<>();
        for (IndexedName name : names) {
            int rank = rank(query, name.key());
            if (rank < 0) {
                continue;
            }
            Suggestion current = best.get(name.place().pcode());
            if (current == null || rank < current.rank()) {
                best.put(name.place().pcode(), new Suggestion(name.place(), rank, name.name()));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingInt(Suggestion::rank)
                        .thenComparing(suggestion -> suggestion.place().level())
                        .thenComparing(suggestion -> -population(suggestion.place()))
                        .thenComparing(suggestion -> suggestion.place().pcode()))
                .limit(limit)
                .toList();
    }

    /** 0 same name, 1 name begins so, 2 a later word begins so, 3 sounds so, 4 begins with one slip; -1 no match. */
    private static int rank(List<NameKey> query, NameKey name) {
        int rank = -1;
        for (NameKey reading : query) {
            String typed = reading.loose();
            int candidate = -1;
            if (name.loose().equals(typed)) {
                candidate = 0;
            } else if (name.loose().startsWith(typed)) {
                candidate = 1;
            } else if (laterWordBegins(name.looseTokens(), typed)) {
                candidate = 2;
            } else if (reading.phonetic().length() >= PHONETIC_MINIMUM
                    && name.phonetic().startsWith(reading.phonetic())) {
                candidate = 3;
            } else if (typed.length() >= 4
                    && name.loose().length() >= typed.length()
                    && PlaceNames.distance(typed, name.loose().substring(0, typed.length()), 1) <= 1) {
                candidate = 4;
            }
            if (candidate >= 0 && (rank < 0 || candidate < rank)) {
                rank = candidate;
            }
        }
        return rank;
    }

    private static boolean laterWordBegins(List<String> tokens, String typed) {
        for (int start = 1; start < tokens.size(); start++) {
            if (String.join("", tokens.subList(start, tokens.size())).startsWith(typed)) {
                return true;
            }
        }
        return false;
    }

    private static long population(Place place) {
        return place.population() == null ? 0 : place.population();
    }
}
