package org.homeward.places;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the English messages of place resolutions, which name the places concerned and say what
 * would settle the question. Screens show the reason's own translation; these go to API callers
 * and import reports.
 */
final class ResolutionMessages {

    private static final int ECHO_LENGTH = 60;
    private final PlaceCatalogue catalogue;

    ResolutionMessages(PlaceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    String found(Place place) {
        return describe(place);
    }

    String unknownName(String name, PlaceLevel level) {
        String kind = level == null ? "governorate, district or sub-district" : level.inWords();
        return "No " + kind + " has a name like “" + echo(name) + "”";
    }

    String noneWithinHints(String name, PlaceLevel level) {
        String kind = level == null ? "place" : level.inWords();
        return "Places are called “" + echo(name) + "”, but no " + kind + " of that name lies where asked";
    }

    String unknownParent(String parent) {
        return "The place to look inside, “" + echo(parent) + "”, is not a known place";
    }

    String outsideHints(Place place, PlaceLevel level) {
        if (level != null && place.level() != level) {
            return place.pcode() + " is a " + place.level().inWords() + ", not a " + level.inWords();
        }
        return place.pcode() + " does not lie inside the place asked for";
    }

    String severalLevels(String name, List<Place> places) {
        String levels = places.stream()
                .map(place -> place.level().inWords() + " " + place.pcode())
                .collect(Collectors.joining(", "));
        return "“" + echo(name) + "” is the name of units that contain one another (" + levels
                + "): say which level is meant";
    }

    String differentPlaces(String name, List<Place> places) {
        String described = places.stream().map(this::describe).collect(Collectors.joining("; "));
        return "“" + echo(name) + "” is the name of " + places.size() + " different places: " + described
                + ". Add the governorate or district, e.g. “" + echo(name) + ", " + governorateName(places.get(0))
                + "”";
    }

    /** The names of the units a place lies in, nearest first, in the language given. */
    String within(Place place, String language) {
        List<Place> ancestors = catalogue.ancestors(place.pcode());
        StringBuilder within = new StringBuilder();
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            if (!within.isEmpty()) {
                within.append("ar".equals(language) ? "، " : ", ");
            }
            within.append(ancestors.get(i).name(language));
        }
        return within.toString();
    }

    private String describe(Place place) {
        String within = within(place, "en");
        return place.nameEn() + " (" + place.level().inWords() + " " + place.pcode() + ")"
                + (within.isEmpty() ? "" : " in " + within);
    }

    private String governorateName(Place place) {
        List<Place> ancestors = catalogue.ancestors(place.pcode());
        return ancestors.isEmpty() ? place.nameEn() : ancestors.get(0).nameEn();
    }

    private static String echo(String text) {
        return text.length() <= ECHO_LENGTH ? text : text.substring(0, ECHO_LENGTH) + "…";
    }
}
