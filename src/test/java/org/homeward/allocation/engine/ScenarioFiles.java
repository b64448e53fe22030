package org.homeward.allocation.engine;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a problem as the households and centres files of the allocate command. */
final class ScenarioFiles {

    private ScenarioFiles() {}

    static void write(AllocationProblem problem, Path households, Path centres) throws IOException {
        try (Writer writer = Files.newBufferedWriter(households, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        writer,
                        format(
                                "household_id",
                                "size",
                                "accessible_needed",
                                "home_pcode",
                                "priority",
                                "home_latitude",
                                "home_longitude",
                                "waiting_days"))) {
            for (WaitingHousehold household : problem.households()) {
                printer.printRecord(
                        household.id(),
                        household.size(),
                        household.accessibleNeeded(),
                        household.homePcode(),
                        household.priority(),
                        coordinate(household.home().latitude()),
                        coordinate(household.home().longitude()),
                        household.waitingDays());
            }
        }
        try (Writer writer = Files.newBufferedWriter(centres, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(
                        writer,
                        format(
                                "centre_id",
                                "pcode",
                                "latitude",
                                "longitude",
                                "capacity_persons",
                                "capacity_families",
                                "accessible_units",
                                "open",
                                "occupied_persons"))) {
            for (CentreVacancy centre : problem.centres()) {
                printer.printRecord(
                        centre.id(),
                        centre.pcode(),
                        coordinate(centre.location().latitude()),
                        coordinate(centre.location().longitude()),
                        centre.freePersons(),
                        centre.freeFamilyUnits(),
                        centre.freeAccessibleUnits(),
                        centre.open(),
                        centre.occupiedPersons());
            }
        }
    }

    private static CSVFormat format(String... header) {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader(header)
                .setRecordSeparator('\n')
                .get();
    }

    /** Places data carries five decimals (about a metre); writing them all keeps the files exact. */
    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }
}
