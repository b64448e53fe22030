package org.homeward.places;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The places API: administrative units, countries of asylum, crossing points, and name resolution. */
@RestController
@RequestMapping("/api/v1/places")
@Tag(
        name = "Places",
        description = "P-coded administrative units, countries of asylum, crossing points and place names")
class PlaceApiController {

    private static final int MAX_SUGGESTIONS = 50;
    private final PlaceCatalogue catalogue;
    private final PlaceNameResolver resolver;

    PlaceApiController(PlaceCatalogue catalogue, PlaceNameResolver resolver) {
        this.catalogue = catalogue;
        this.resolver = resolver;
    }

    @GetMapping
    @Operation(
            summary = "All current administrative units, by P-code; filter by level (GOVERNORATE, DISTRICT, "
                    + "SUBDISTRICT) and by the P-code of a unit they lie in")
    List<Place> list(@RequestParam(required = false) String level, @RequestParam(required = false) String parent) {
        String parentPcode = parent == null || parent.isBlank() ? null : parent.trim();
        if (parentPcode != null && !catalogue.isKnownArea(parentPcode)) {
            throw new PlaceQueryException(
                    "parent", PlacesProblemCode.PLACE_PARENT_UNKNOWN, "No place has the P-code given as parent");
        }
        return catalogue.areas(level(level), parentPcode);
    }

    @GetMapping("/{pcode}")
    @Operation(summary = "One administrative unit with its aliases, the units it lies in and the units in it")
    PlaceDetails read(@PathVariable String pcode) {
        Place place = catalogue.area(pcode).orElseThrow(() -> new PlaceNotFoundException(shorten(pcode)));
        return new PlaceDetails(
                place,
                catalogue.aliases(place.pcode()),
                catalogue.ancestors(place.pcode()),
                catalogue.children(place.pcode()));
    }

    @GetMapping("/countries")
    @Operation(summary = "The countries of asylum, with ISO 3166-1 codes and English and Arabic names")
    List<CountryOfAsylum> countries() {
        return catalogue.countries();
    }

    @GetMapping("/crossings")
    @Operation(summary = "The crossing points into Syria: land border crossings and airports")
    List<CrossingPoint> crossings() {
        return catalogue.crossings();
    }

    @GetMapping("/resolve")
    @Operation(
            summary = "Which unit a free-text name (Arabic or Latin, any spelling) or P-code means; "
                    + "ambiguous and unknown names are answered as such, with the candidates and the reason")
    PlaceResolution resolve(
            @RequestParam String q,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String parent) {
        return resolver.resolve(q, level(level), parent);
    }

    @GetMapping("/suggest")
    @Operation(summary = "Units whose names begin like the text, for a type-ahead (at most 50)")
    List<PlaceSuggestion> suggest(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        return resolver.suggest(q, Math.max(1, Math.min(limit, MAX_SUGGESTIONS)));
    }

    private static PlaceLevel level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        return PlaceLevel.parse(level)
                .orElseThrow(() -> new PlaceQueryException(
                        "level",
                        PlacesProblemCode.PLACE_LEVEL_INVALID,
                        "The level is one of GOVERNORATE, DISTRICT, SUBDISTRICT or COMMUNITY"));
    }

    private static String shorten(String text) {
        String trimmed = text.trim();
        return trimmed.length() <= 20 ? trimmed : trimmed.substring(0, 20) + "…";
    }
}
