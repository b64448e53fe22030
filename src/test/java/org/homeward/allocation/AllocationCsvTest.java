package org.homeward.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.homeward.allocation.engine.AllocationEngine;
import org.homeward.allocation.engine.AllocationPlan;
import org.homeward.allocation.engine.AllocationProblem;
import org.homeward.allocation.engine.AllocationWeights;
import org.homeward.allocation.engine.CentreVacancy;
import org.homeward.allocation.engine.WaitingHousehold;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocationCsvTest {

    private static final PlaceLookup PLACES = PlaceLookup.shipped();

    @TempDir
    Path folder;

    @Test
    void looksUpTheCentroidOfSubDistrictsDistrictsAndGovernorates() {
        // Values from src/main/resources/places: Al-Hasakeh sub-district, Al-Hasakah district and governorate.
        assertThat(PLACES.centroid("SY080000")).contains(new GeoPoint(36.45329, 40.61821));
        assertThat(PLACES.centroid("sy0800")).contains(new GeoPoint(36.22578, 40.73446));
        assertThat(PLACES.centroid("SY08")).contains(new GeoPoint(36.51667, 40.9));
        assertThat(PLACES.centroid("C9999")).isEmpty();
        assertThat(PLACES.areasAt(PlaceLevel.SUBDISTRICT))
                .hasSize(272)
                .allSatisfy(unit -> assertThat(unit.centroid()).isPresent());
    }

    @Test
    void readsHouseholdsTakingTheCentroidWhenCoordinatesAreAbsent() throws IOException {
        Path file = write("households.csv", """
                household_id,size,accessible_needed,home_pcode,priority,home_latitude,home_longitude,waiting_days
                H1,4,false,SY080000,2,,,30
                H2,1,TRUE,C1001,0,35.5,36.75,
                """);

        List<WaitingHousehold> households = AllocationCsv.readHouseholds(file, PLACES);

        assertThat(households)
                .containsExactly(
                        new WaitingHousehold("H1", 4, false, "SY080000", new GeoPoint(36.45329, 40.61821), 2, 30),
                        new WaitingHousehold("H2", 1, true, "C1001", new GeoPoint(35.5, 36.75), 0, 0));
    }

    @Test
    void refusesBadCellsNamingRowColumnAndReason() throws IOException {
        Path file = write("households.csv", """
                household_id,size,accessible_needed,home_pcode,priority,home_latitude,home_longitude
                H1,four,false,SY080000,2,,
                H2,3,yes,SY080000,0,,
                H3,3,false,C9999,0,,
                H1,2,false,SY080000,0,,
                H5,2,false,SY080000,-1,35.1,
                H6,0,false,SY080000,0,95,36
                """);

        InvalidAllocationInputException refused = catchThrowableOfType(
                InvalidAllocationInputException.class, () -> AllocationCsv.readHouseholds(file, PLACES));

        assertThat(refused.problems())
                .containsExactly(
                        "households.csv row 2, column size: 'four' is not a whole number",
                        "households.csv row 3, column accessible_needed: 'yes' is neither true nor false",
                        "households.csv row 4, column home_pcode: no centroid is known for 'C9999'; give home_latitude and home_longitude",
                        "households.csv row 5, column household_id: 'H1' is already used in row 2",
                        "households.csv row 6, column priority: '-1' is below the least allowed value, 0",
                        "households.csv row 6, column home_longitude: is empty while home_latitude is given; give both or neither",
                        "households.csv row 7, column size: '0' is below the least allowed value, 1",
                        "households.csv row 7, column home_latitude: '95' is not between -90.0 and 90.0");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() throws IOException {
        Path file = write(
                "centres.csv", "centre_id,pcode,latitude,longitude,capacity_persons,open\nR1,SY080000,,,10,true\n");

        assertThatThrownBy(() -> AllocationCsv.readCentres(file, PLACES))
                .isInstanceOf(InvalidAllocationInputException.class)
                .hasMessage("centres.csv row 1: the header lacks the column(s) capacity_families, accessible_units; "
                        + "expected at least centre_id, pcode, latitude, longitude, capacity_persons, capacity_families, "
                        + "accessible_units, open");
    }

    @Test
    void readsCentresAndRefusesMoreAccessibleUnitsThanFamilyUnits() throws IOException {
        Path good = write("centres.csv", """
                centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open,occupied_persons
                R1,SY080000,36.5,40.7,120,30,3,true,40
                R2,SY0800,,,50,10,0,false,
                """);
        Path bad = write("bad-centres.csv", """
                centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open
                R1,SY080000,36.5,40.7,120,3,4,true
                """);

        assertThat(AllocationCsv.readCentres(good, PLACES))
                .containsExactly(
                        new CentreVacancy("R1", "SY080000", new GeoPoint(36.5, 40.7), 120, 30, 3, 40, true),
                        new CentreVacancy("R2", "SY0800", new GeoPoint(36.22578, 40.73446), 50, 10, 0, 0, false));
        assertThatThrownBy(() -> AllocationCsv.readCentres(bad, PLACES))
                .hasMessage("bad-centres.csv row 2, column accessible_units: 4 is more than capacity_families (3); "
                        + "accessible units are family units and are counted in both");
    }

    @Test
    void writesEveryProposalWithItsReasons() throws IOException {
        // One centre with room for 3 persons: A (3) is placed, B (2) waits.
        GeoPoint home = new GeoPoint(36.0, 37.0);
        AllocationProblem problem = new AllocationProblem(
                List.of(
                        new WaitingHousehold("A", 3, false, "SY020000", home, 1, 0),
                        new WaitingHousehold("B", 2, false, "SY020000", home, 0, 0)),
                List.of(new CentreVacancy("R1", "SY020000", home, 3, 2, 0, true)),
                AllocationWeights.defaults());
        AllocationPlan plan = new AllocationEngine().allocate(problem);
        Path output = folder.resolve("assignments.csv");

        ProposalsCsv.write(output, plan);

        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", ProposalsCsv.COLUMNS));
        assertThat(lines.get(1)).startsWith("A,R1,3,false,0.0,1,");
        assertThat(lines.get(1)).endsWith(",0,1,0,3,true,");
        assertThat(lines.get(2))
                .startsWith("B,,2,false,,,50000.00,0.00,0.00,0.00,50000.00,")
                .endsWith(",room_taken");
        assertThat(Files.list(folder))
                .extracting(Path::getFileName)
                .extracting(Path::toString)
                .containsExactly("assignments.csv");
        assertThat(Optional.of(lines.get(1).split(",")[6])).isNotEmpty();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
