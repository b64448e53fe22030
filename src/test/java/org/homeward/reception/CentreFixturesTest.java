package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.homeward.places.GeoPoint;
import org.homeward.places.Place;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;

class CentreFixturesTest {

    private static final PlaceLookup SHIPPED = PlaceLookup.shipped();

    @Test
    void makesAHundredCentresInAHundredRealSubdistrictsWithHalfAMillionPlaces() {
        List<CentreRequest> centres = CentreFixtures.generate(42);
        assertThat(centres).hasSize(100);
        assertThat(new HashSet<>(centres.stream().map(CentreRequest::pcode).toList()))
                .hasSize(100);
        assertThat(new HashSet<>(centres.stream().map(CentreRequest::code).toList()))
                .hasSize(100);
        assertThat(centres.stream().mapToInt(CentreRequest::capacityPersons).sum())
                .isEqualTo(500_000);
        for (CentreRequest centre : centres) {
            Place subdistrict = SHIPPED.area(centre.pcode()).orElseThrow();
            assertThat(centre.townEn()).isEqualTo(subdistrict.nameEn());
            assertThat(centre.townAr()).isEqualTo(subdistrict.nameAr());
            assertThat(new GeoPoint(centre.latitude(), centre.longitude())
                            .kilometresTo(subdistrict.centroid().orElseThrow()))
                    .isLessThan(0.01);
        }
    }

    @Test
    void everyGeneratedCentrePassesTheChecksOfAnImportedOne() {
        CentreValidator validator = new CentreValidator(SHIPPED);
        for (CentreRequest centre : CentreFixtures.generate(7)) {
            assertThat(validator.problemsOf(centre, true)).as(centre.code()).isEmpty();
            assertThat(centre.capacityFamilies()).isPositive();
            assertThat(centre.accessibleUnits()).isPositive();
            assertThat(centre.services()).contains("WATER");
        }
    }

    @Test
    void aSmallerPlanKeepsTheTownsAndSharesWithFewerPlaces() {
        List<CentreRequest> national = CentreFixtures.generate(42);
        List<CentreRequest> smaller = CentreFixtures.generate(42, 8_333);
        CentreValidator validator = new CentreValidator(SHIPPED);

        assertThat(smaller.stream().map(CentreRequest::pcode).toList())
                .isEqualTo(national.stream().map(CentreRequest::pcode).toList());
        assertThat(smaller.stream().mapToInt(CentreRequest::capacityPersons).sum())
                .isEqualTo(8_333);
        for (int i = 0; i < smaller.size(); i++) {
            CentreRequest centre = smaller.get(i);
            assertThat(validator.problemsOf(centre, true)).as(centre.code()).isEmpty();
            assertThat(centre.capacityPersons())
                    .isCloseTo(
                            national.get(i).capacityPersons() * 8_333 / 500_000,
                            org.assertj.core.data.Offset.offset(1));
        }
    }

    @Test
    void theSameSeedGivesTheSameCentresAndAnotherSeedOthers() {
        assertThat(CentreFixtures.generate(42)).isEqualTo(CentreFixtures.generate(42));
        assertThat(CentreFixtures.csv(42)).isEqualTo(CentreFixtures.csv(42));
        assertThat(CentreFixtures.generate(43).stream()
                        .map(CentreRequest::pcode)
                        .toList())
                .isNotEqualTo(CentreFixtures.generate(42).stream()
                        .map(CentreRequest::pcode)
                        .toList());
    }

    @Test
    void theCsvOfTheFixturesReadsBackAsTheSameCentres() {
        CentreCsvReader.Result read =
                CentreCsvReader.read(CentreFixtures.csv(5).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows().stream().map(CentreCsvReader.Row::request).toList())
                .isEqualTo(CentreFixtures.generate(5));
        assertThat(read.rows().get(0).row()).isEqualTo(2);
    }
}
