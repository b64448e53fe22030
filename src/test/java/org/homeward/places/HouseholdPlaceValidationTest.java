package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.homeward.registry.HouseholdValidator;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;

/** The household validator with the places catalogue as its lookup: only codes the reference data knows pass. */
class HouseholdPlaceValidationTest {

    private static final HouseholdValidator VALIDATOR = new HouseholdValidator(
            PlaceReferenceFiles.read().toCatalogue(),
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC));

    private static List<String> problems(JourneyDetails journey, String placeOfOrigin) {
        IndividualDetails principal = new IndividualDetails(
                "PRINCIPAL",
                "أحمد",
                "Ahmad",
                null,
                null,
                null,
                null,
                null,
                null,
                "M",
                "1980",
                null,
                null,
                null,
                placeOfOrigin,
                List.of());
        return VALIDATOR.problemsOf(new RegisterHouseholdRequest("Masnaa", journey, List.of(principal))).stream()
                .map(problem -> problem.code().name())
                .toList();
    }

    private static JourneyDetails refugee(String country, String crossing, String destination) {
        return new JourneyDetails("REFUGEE", country, null, crossing, destination, null);
    }

    @Test
    void acceptsKnownPcodesCountriesAndCrossings() {
        assertThat(problems(refugee("LBN", "MASNAA", "SY020200"), "SY0202")).isEmpty();
        assertThat(problems(refugee("DEU", "DAMASCUS_AIRPORT", "SY02"), null)).isEmpty();
        assertThat(problems(new JourneyDetails("IDP", null, "SY070301", null, "SY0704", null), null))
                .isEmpty();
    }

    @Test
    void rejectsAnUnknownDestination() {
        assertThat(problems(refugee("LBN", "MASNAA", "SY9999"), null)).containsExactly("DESTINATION_UNKNOWN");
    }

    @Test
    void rejectsACommunityCodeWhileNoCommunitiesAreLoaded() {
        assertThat(problems(refugee("LBN", "MASNAA", "C1001"), null)).containsExactly("DESTINATION_UNKNOWN");
    }

    @Test
    void rejectsUnknownCountriesCrossingsAndOrigins() {
        assertThat(problems(refugee("XYZ", "NOWHERE", "SY0100"), "SY0000"))
                .containsExactlyInAnyOrder(
                        "ORIGIN_COUNTRY_UNKNOWN", "CROSSING_POINT_UNKNOWN", "PLACE_OF_ORIGIN_UNKNOWN");
        assertThat(problems(new JourneyDetails("IDP", null, "SY999999", null, "SY0100", null), null))
                .containsExactly("ORIGIN_LOCATION_UNKNOWN");
    }
}
