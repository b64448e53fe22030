package org.homeward.conditions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.homeward.places.Place;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Service;

/** The conditions of destination areas: one area, or every sub-district, as things stand on a day. */
@Service
class ConditionsService {

    /** Where "today" is reckoned: the assessments and the departures are in Syria. */
    private final AssessmentRepository repository;

    private final AreaStatusRules rules;
    private final IndicatorCatalogue catalogue;
    private final PlaceLookup places;
    private final Clock clock;

    ConditionsService(
            AssessmentRepository repository,
            AreaStatusRules rules,
            IndicatorCatalogue catalogue,
            PlaceLookup places,
            Clock clock) {
        this.repository = repository;
        this.rules = rules;
        this.catalogue = catalogue;
        this.places = places;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The sub-district a destination lies in: itself, or a community's parent as the places
     * reference data knows it. Empty for a larger unit or a code the reference data does not know.
     */
    Optional<String> subdistrictOf(String pcode) {
        Optional<Place> place = pcode == null ? Optional.empty() : places.area(pcode.trim());
        if (place.isEmpty()) {
            return Optional.empty();
        }
        return switch (place.get().level()) {
            case SUBDISTRICT -> Optional.of(place.get().pcode());
            case COMMUNITY ->
                places.area(place.get().parentPcode())
                        .filter(parent -> parent.level() == PlaceLevel.SUBDISTRICT)
                        .map(Place::pcode);
            default -> Optional.empty();
        };
    }

    /** The conditions of the area a destination lies in; unknown when it cannot be placed in a sub-district. */
    AreaConditions of(String destinationPcode, LocalDate on) {
        return subdistrictOf(destinationPcode)
                .map(area -> rules.judge(area, repository.forArea(area), on))
                .orElseGet(() -> AreaConditions.unplaced(destinationPcode, on, catalogue.redLines()));
    }

    /** Every sub-district's conditions, by P-code, including those nobody has assessed (unknown). */
    Map<String, AreaConditions> everyArea(LocalDate on) {
        Map<String, List<Assessment>> byArea =
                repository.all().stream().collect(Collectors.groupingBy(Assessment::subdistrictPcode));
        Map<String, AreaConditions> conditions = new LinkedHashMap<>();
        for (Place subdistrict : places.areasAt(PlaceLevel.SUBDISTRICT)) {
            conditions.put(
                    subdistrict.pcode(),
                    rules.judge(subdistrict.pcode(), byArea.getOrDefault(subdistrict.pcode(), List.of()), on));
        }
        return conditions;
    }

    IndicatorCatalogue catalogue() {
        return catalogue;
    }
}
