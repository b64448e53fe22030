package org.homeward.places;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The places page (units by governorate, countries, crossings) and the type-ahead fragment forms use. */
@Controller
@RequestMapping("/places")
class PlacePageController {

    private static final int SUGGESTIONS = 10;
    // The id of the input a chosen suggestion fills; anything else is ignored rather than echoed.
    private static final Pattern INPUT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.:-]{0,63}");
    private final PlaceCatalogue catalogue;
    private final PlaceNameResolver resolver;

    PlacePageController(PlaceCatalogue catalogue, PlaceNameResolver resolver) {
        this.catalogue = catalogue;
        this.resolver = resolver;
    }

    /** A governorate with its districts, for the table of units. */
    record GovernorateRows(Place governorate, List<DistrictRows> districts) {}

    /** A district with its sub-districts. */
    record DistrictRows(Place district, List<Place> subdistricts) {}

    @GetMapping
    String places(Model model) {
        addTables(model);
        return "places/places";
    }

    private void addTables(Model model) {
        List<GovernorateRows> governorates = catalogue.areas(PlaceLevel.GOVERNORATE, null).stream()
                .map(governorate -> new GovernorateRows(
                        governorate,
                        catalogue.children(governorate.pcode()).stream()
                                .map(district -> new DistrictRows(district, catalogue.children(district.pcode())))
                                .toList()))
                .toList();
        model.addAttribute("governorates", governorates);
        model.addAttribute("countries", catalogue.countries());
        model.addAttribute(
                "countriesByCode",
                catalogue.countries().stream().collect(Collectors.toMap(CountryOfAsylum::iso3, country -> country)));
        model.addAttribute("crossings", catalogue.crossings());
    }

    /**
     * Which place a name means: a fragment under the "check a place name" form for htmx, or the
     * whole page with the answer in place when the browser sent the form itself.
     */
    @GetMapping("/resolve")
    String resolve(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String level,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        PlaceLevel wanted = level == null ? null : PlaceLevel.parse(level).orElse(null);
        model.addAttribute("resolution", resolver.resolve(q, wanted, null));
        if (htmx != null) {
            return "places/resolution :: result";
        }
        addTables(model);
        return "places/places";
    }

    /**
     * The places whose names begin like {@code q}, as a list of options for htmx to put under the
     * input; choosing one writes its P-code into the input whose id is {@code target}.
     */
    @GetMapping("/suggest")
    String suggest(
            @RequestParam(defaultValue = "") String q, @RequestParam(required = false) String target, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("suggestions", resolver.suggest(q, SUGGESTIONS));
        model.addAttribute("target", target != null && INPUT_ID.matcher(target).matches() ? target : null);
        return "places/suggestions :: options";
    }
}
