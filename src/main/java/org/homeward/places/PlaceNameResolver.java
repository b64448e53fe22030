package org.homeward.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.places.PlaceNameIndex.Hit;
import org.homeward.places.PlaceNames.NameKey;
import org.homeward.places.PlaceResolution.Reason;
import org.homeward.places.PlaceResolution.Status;

/**
 * Finds the administrative unit a free-text place name means, in Arabic or Latin script and in any
 * common spelling, or a P-code given directly. An unknown name is reported as unknown, and a name
 * that several units share is reported with all of them and the reason, never settled by a guess:
 * a level ("sub-district") or a place to look inside ("Aleppo", or "Al-Bab, Aleppo") settles it.
 */
public final class PlaceNameResolver {

    static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_CANDIDATES = 20;
    private static final Pattern PCODE = Pattern.compile("SY\\d{2}(\\d{2}(\\d{2})?)?|C\\d{4,6}");
    // "Al-Bab, Aleppo" and "Suran (Hama)": the name, then the places it lies in.
    private static final Pattern PARTS = Pattern.compile("[,،()]");

    private final PlaceCatalogue catalogue;
    private final PlaceNameIndex index;
    private final ResolutionMessages messages;

    PlaceNameResolver(PlaceCatalogue catalogue) {
        this.catalogue = catalogue;
        this.index = new PlaceNameIndex(catalogue);
        this.messages = new ResolutionMessages(catalogue);
    }

    /** Resolves a name or P-code at any level and anywhere. */
    public PlaceResolution resolve(String text) {
        return resolve(text, null, null);
    }

    /**
     * Resolves a name or P-code.
     *
     * @param level  the level wanted; null for any (a word such as "district" in the text also sets it)
     * @param parent a name or P-code of a place the place lies in; null for anywhere
     */
    public PlaceResolution resolve(String text, PlaceLevel level, String parent) {
        String query = text == null ? "" : text.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            return unknown(
                    query.substring(0, 40) + "…",
                    Reason.UNKNOWN_NAME,
                    "A place name has at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> parts = new ArrayList<>(PARTS.splitAsStream(query)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList());
        if (parts.isEmpty()) {
            return unknown(query, Reason.EMPTY_QUERY, "Write a place name or a P-code");
        }
        String name = parts.remove(0);
        if (parent != null && !parent.isBlank()) {
            parts.add(parent.strip());
        }
        List<Set<String>> parents = new ArrayList<>();
        for (String part : parts) {
            PlaceResolution container = resolve(part, null, null);
            if (container.status() == Status.UNKNOWN) {
                return unknown(query, Reason.UNKNOWN_PARENT, messages.unknownParent(part));
            }
            parents.add(
                    container.candidates().stream().map(PlaceCandidate::pcode).collect(Collectors.toSet()));
        }
        String code = name.toUpperCase(Locale.ROOT);
        if (PCODE.matcher(code).matches()) {
            return byPcode(query, code, level, parents);
        }
        return byName(query, name, level, parents);
    }

    /** The P-code of the one place the text names, or empty when it names none or several. */
    public Optional<String> resolveUniquely(String text) {
        return resolve(text).pcode();
    }

    /** The P-code of the one place of this level the text names, or empty when it names none or several. */
    public Optional<String> resolveUniquely(String text, PlaceLevel level) {
        return resolve(text, level, null).pcode();
    }

    /** Places whose names begin like the text, for a type-ahead; empty for fewer than two letters. */
    public List<PlaceSuggestion> suggest(String text, int limit) {
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH || limit < 1) {
            return List.of();
        }
        String code = query.toUpperCase(Locale.ROOT);
        if (code.matches("SY\\d{0,6}")) {
            return catalogue.currentAreas().stream()
                    .filter(place -> place.pcode().startsWith(code))
                    .limit(limit)
                    .map(place -> suggestion(place, place.pcode()))
                    .toList();
        }
        List<NameKey> keys = PlaceNames.keys(query);
        if (keys.get(0).loose().codePointCount(0, keys.get(0).loose().length()) < 2) {
            return List.of();
        }
        return index.suggestions(keys, limit).stream()
                .map(found -> suggestion(found.place(), found.matchedName()))
                .toList();
    }

    private PlaceResolution byPcode(String query, String code, PlaceLevel level, List<Set<String>> parents) {
        if (!catalogue.isKnownArea(code)) {
            return unknown(query, Reason.UNKNOWN_PCODE, "No place has the P-code " + code);
        }
        Place place = catalogue.area(code).orElseThrow();
        if (!allowed(level, parents).test(place)) {
            return unknown(query, Reason.NOT_MATCHING_HINTS, messages.outsideHints(place, level));
        }
        return new PlaceResolution(
                query,
                Status.RESOLVED,
                Reason.FOUND,
                messages.found(place),
                List.of(candidate(new Hit(place, PlaceMatch.PCODE, 0, place.pcode()))));
    }

    private PlaceResolution byName(String query, String name, PlaceLevel level, List<Set<String>> parents) {
        List<NameKey> keys = PlaceNames.keys(name);
        if (keys.get(0).isEmpty()) {
            return unknown(query, Reason.EMPTY_QUERY, "Write the name of the place, not only the kind of place");
        }
        PlaceLevel wanted = level != null ? level : keys.get(0).impliedLevel();
        List<Hit> hits = sorted(index.bestMatches(keys, allowed(wanted, parents)));
        if (hits.isEmpty()) {
            boolean elsewhere = (wanted != null || !parents.isEmpty())
                    && !index.bestMatches(keys, place -> true).isEmpty();
            return elsewhere
                    ? unknown(query, Reason.NOT_MATCHING_HINTS, messages.noneWithinHints(name, wanted))
                    : unknown(query, Reason.UNKNOWN_NAME, messages.unknownName(name, wanted));
        }
        if (hits.size() == 1) {
            hits = sorted(withNamesakes(hits.get(0), allowed(wanted, parents)));
        }
        List<PlaceCandidate> candidates =
                hits.stream().limit(MAX_CANDIDATES).map(this::candidate).toList();
        if (hits.size() == 1) {
            return new PlaceResolution(
                    query,
                    Status.RESOLVED,
                    Reason.FOUND,
                    messages.found(hits.get(0).place()),
                    candidates);
        }
        List<Place> places = hits.stream().map(Hit::place).toList();
        if (nested(places)) {
            // Show the whole chain, so "Idleb" lists the governorate (spelt Idlib) beside the district and
            // sub-district.
            hits = sorted(sameChain(hits, index.closeMatches(keys, allowed(wanted, parents))));
            places = hits.stream().map(Hit::place).toList();
            return new PlaceResolution(
                    query,
                    Status.AMBIGUOUS,
                    Reason.SAME_NAME_AT_SEVERAL_LEVELS,
                    messages.severalLevels(name, places),
                    hits.stream().map(this::candidate).toList());
        }
        return new PlaceResolution(
                query,
                Status.AMBIGUOUS,
                Reason.SAME_NAME_FOR_DIFFERENT_PLACES,
                messages.differentPlaces(name, places),
                candidates);
    }

    /** Places of the level wanted, strictly inside a place named by every parent hint. */
    private Predicate<Place> allowed(PlaceLevel level, List<Set<String>> parents) {
        return place -> (level == null || place.level() == level)
                && parents.stream()
                        .allMatch(containers -> containers.stream()
                                .anyMatch(container -> !container.equals(place.pcode())
                                        && catalogue.isWithin(place.pcode(), container)));
    }

    /** Whether the places contain one another, like a governorate, its district and its central sub-district. */
    private boolean nested(List<Place> places) {
        for (int i = 1; i < places.size(); i++) {
            if (!catalogue.isWithin(places.get(i).pcode(), places.get(i - 1).pcode())) {
                return false;
            }
        }
        return true;
    }

    /** The hit, and the places apart from it that bear one of its own names. */
    private List<Hit> withNamesakes(Hit hit, Predicate<Place> allowed) {
        List<Hit> hits = new ArrayList<>(List.of(hit));
        for (Hit namesake : index.namesakes(hit.place(), allowed)) {
            if (!catalogue.isWithin(namesake.place().pcode(), hit.place().pcode())
                    && !catalogue.isWithin(hit.place().pcode(), namesake.place().pcode())) {
                hits.add(namesake);
            }
        }
        return hits;
    }

    /** The hits, with the close matches that contain them or lie inside them added. */
    private List<Hit> sameChain(List<Hit> hits, List<Hit> closeMatches) {
        List<Hit> chain = new ArrayList<>(hits);
        for (Hit close : closeMatches) {
            boolean onChain = hits.stream()
                    .anyMatch(hit -> catalogue.isWithin(
                                    hit.place().pcode(), close.place().pcode())
                            || catalogue.isWithin(
                                    close.place().pcode(), hit.place().pcode()));
            boolean present = chain.stream().anyMatch(hit -> hit.place().equals(close.place()));
            if (onChain && !present) {
                chain.add(close);
            }
        }
        return chain;
    }

    private static List<Hit> sorted(List<Hit> hits) {
        return hits.stream()
                .sorted(Comparator.comparing((Hit hit) -> hit.place().level())
                        .thenComparing(hit -> hit.place().pcode()))
                .toList();
    }

    private PlaceCandidate candidate(Hit hit) {
        Place place = hit.place();
        double confidence = hit.match() == PlaceMatch.APPROXIMATE
                ? hit.match().confidence() - 0.1 * (hit.distance() - 1)
                : hit.match().confidence();
        return new PlaceCandidate(
                place.pcode(),
                place.level(),
                place.nameEn(),
                place.nameAr(),
                messages.within(place, "en"),
                messages.within(place, "ar"),
                confidence,
                hit.match(),
                hit.matchedName());
    }

    private PlaceSuggestion suggestion(Place place, String matchedName) {
        return new PlaceSuggestion(
                place.pcode(),
                place.level(),
                place.nameEn(),
                place.nameAr(),
                messages.within(place, "en"),
                messages.within(place, "ar"),
                matchedName);
    }

    private static PlaceResolution unknown(String query, Reason reason, String message) {
        return new PlaceResolution(query, Status.UNKNOWN, reason, message, List.of());
    }
}
