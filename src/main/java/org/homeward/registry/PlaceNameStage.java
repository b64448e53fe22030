package org.homeward.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.places.PlaceLookup;
import org.homeward.places.PlaceNameResolver;
import org.homeward.places.PlaceResolution;
import org.homeward.problems.CommonProblemCode;
import org.springframework.stereotype.Component;

/**
 * The import stage that turns place names written in words ("Al-Hasakeh", "ناحية مركز حمص") into
 * P-codes. A name that matches no place or several is reported with the candidates, never guessed.
 */
@Component
class PlaceNameStage {

    private final PlaceLookup places;
    private final PlaceNameResolver resolver;
    private final MemberPlaceNames memberPlaces;

    PlaceNameStage(PlaceLookup places, PlaceNameResolver resolver, MemberPlaceNames memberPlaces) {
        this.places = places;
        this.resolver = resolver;
        this.memberPlaces = memberPlaces;
    }

    ImportedHousehold resolve(ImportedHousehold household) {
        List<ImportProblem> problems = new ArrayList<>(household.problems());
        RegisterHouseholdRequest request = household.request();
        JourneyDetails journey = request.journey();
        long firstRow = household.firstRow();
        JourneyDetails resolvedJourney = new JourneyDetails(
                journey.returnType(),
                journey.originCountry(),
                code(journey.originLocation(), firstRow, "origin_location", problems),
                journey.crossingPoint(),
                code(journey.destinationPcode(), firstRow, "destination_pcode", problems),
                journey.plannedDate(),
                journey.status());
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            IndividualDetails member = request.members().get(i);
            long row = household.rows().get(i).number();
            String place = code(member.placeOfOrigin(), row, "place_of_origin", problems);
            MemberPlaceNames.Outcome birth = memberPlaces.resolve(member.withPlaceOfOrigin(place), "");
            for (ValidationProblem problem : birth.problems()) {
                problems.add(new ImportProblem(
                        row, InterchangeColumn.ofField(problem.field()).header(), problem.code(), problem.message()));
            }
            members.add(birth.member());
        }
        return new ImportedHousehold(
                household.key(),
                household.rows(),
                new RegisterHouseholdRequest(
                        request.registrationSite(),
                        resolvedJourney,
                        members,
                        request.duplicateConfirmation(),
                        request.consent()),
                household.individualKeys(),
                household.registeredOn(),
                household.returnedOn(),
                household.consent(),
                problems);
    }

    /** The value itself when it is a known P-code (or empty), else the P-code its name resolves to. */
    private String code(String value, long row, String column, List<ImportProblem> problems) {
        if (value == null || value.isBlank() || places.isKnownArea(value.trim().toUpperCase(Locale.ROOT))) {
            return value;
        }
        PlaceResolution resolution = resolver.resolve(value);
        if (resolution.status() == PlaceResolution.Status.RESOLVED) {
            return resolution.pcode().orElse(value);
        }
        CommonProblemCode code = resolution.status() == PlaceResolution.Status.AMBIGUOUS
                ? CommonProblemCode.PLACE_AMBIGUOUS
                : CommonProblemCode.PLACE_UNKNOWN;
        problems.add(new ImportProblem(row, column, code, resolution.message()));
        return value;
    }
}
