package org.homeward.places;

import java.util.ArrayList;
import java.util.List;
import org.homeward.access.ScopeChoices;
import org.springframework.stereotype.Component;

/**
 * The governorates and districts an administrator can give a user as area scopes, named in both
 * scripts (the page's language first) with their P-codes, so that nobody types {@code area:SY02}.
 */
@Component
class AreaScopeChoices implements ScopeChoices {

    private final PlaceLookup places;

    AreaScopeChoices(PlaceLookup places) {
        this.places = places;
    }

    @Override
    public List<ScopeChoice> choices(String language) {
        List<ScopeChoice> choices = new ArrayList<>();
        for (PlaceLevel level : List.of(PlaceLevel.GOVERNORATE, PlaceLevel.DISTRICT)) {
            for (Place place : places.areasAt(level)) {
                choices.add(new ScopeChoice("AREA", place.pcode(), label(place, language)));
            }
        }
        return choices;
    }

    /** The area's name in the page's language, with its P-code (one script per page: the Arabic page reads Arabic). */
    private static String label(Place place, String language) {
        return ("ar".equals(language) ? place.nameAr() : place.nameEn()) + " (" + place.pcode() + ")";
    }
}
