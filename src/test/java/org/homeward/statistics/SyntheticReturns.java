package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;

/**
 * Varied households returning in 2022 and 2023, from a seeded random source, so that tables have
 * many small cells next to large ones: the ground protection is tested on.
 */
public final class SyntheticReturns {

    private static final String[][] ORIGINS = {
        {"LBN", "MASNAA"},
        {"LBN", "JOUSIEH"},
        {"TUR", "BAB_AL_HAWA"},
        {"TUR", "BAB_AL_SALAM"},
        {"JOR", "NASIB"},
        {"IRQ", "AL_QAIM"},
        {"EGY", "DAMASCUS_AIRPORT"},
        {"DEU", "DAMASCUS_AIRPORT"}
    };
    private static final String[] DESTINATIONS = {
        "SY010000",
        "SY020000",
        "SY020001",
        "SY020002",
        "SY030101",
        "SY040100",
        "SY050100",
        "SY070000",
        "SY060000",
        "SY080000",
        "SY090100",
        "SY120000",
        "SY130000",
        "SY0200",
        "SY11"
    };
    private static boolean loaded;

    private SyntheticReturns() {}

    public static synchronized void load() throws IOException {
        if (loaded) {
            return;
        }
        Path file = Files.createDirectories(Path.of("target/test-data")).resolve("statistics-synthetic.csv");
        int individuals = write(file, 420, 2022_2023L);
        ImportReport report = StatisticsTestApplication.bean(HouseholdImportService.class)
                .importFile(file, new ImportOptions(false, null, "statistics-test", 0), new ImportProgress() {});
        assertThat(report.problems()).isEmpty();
        assertThat(report.individualsWritten()).isEqualTo(individuals);
        // The import marks hundreds of days, more than a read refreshes on its own; bring the summary up to date now.
        StatisticsTestApplication.bean(IndicatorService.class).refresh();
        loaded = true;
    }

    private static int write(Path file, int households, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int individuals = 0;
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write(
                    "household_key,individual_key,return_type,origin_country,origin_location,crossing_point,"
                            + "destination_pcode,journey_status,registered_on,returned_on,relationship,given_name_latin,sex,date_of_birth\n");
            for (int h = 0; h < households; h++) {
                boolean refugee = random.nextInt(10) < 6;
                String[] origin =
                        ORIGINS[Math.min(random.nextInt(ORIGINS.length + 3), ORIGINS.length - 1) % ORIGINS.length];
                String destination = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
                LocalDate returned = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730));
                boolean home = random.nextInt(10) < 8;
                String journey = (refugee ? "REFUGEE," + origin[0] + ",," + origin[1] : "IDP,,SY010000,")
                        + "," + destination + "," + (home ? "RETURNED_HOME" : "REGISTERED") + ","
                        + returned.minusDays(20) + "," + (home ? returned : "");
                int size = 1 + random.nextInt(random.nextInt(10) == 0 ? 12 : 6);
                for (int m = 0; m < size; m++) {
                    String sex = m == 0 ? (random.nextInt(4) == 0 ? "F" : "M") : random.nextBoolean() ? "F" : "M";
                    out.write("S" + h + ",S" + h + "-" + m + "," + journey + ","
                            + (m == 0 ? "PRINCIPAL" : "OTHER_RELATIVE") + ",Person," + sex + ","
                            + birth(random, returned, m) + "\n");
                    individuals++;
                }
            }
        }
        return individuals;
    }

    private static String birth(SplittableRandom random, LocalDate returned, int member) {
        int kind = random.nextInt(10);
        int age = member == 0 ? 18 + random.nextInt(60) : random.nextInt(80);
        LocalDate born = returned.minusYears(age).minusDays(random.nextInt(365));
        if (born.isAfter(LocalDate.of(2021, 12, 31))) {
            born = LocalDate.of(2021, 6, 1);
        }
        return kind == 0
                ? ""
                : kind < 4
                        ? String.valueOf(born.getYear())
                        : kind < 6 ? born.toString().substring(0, 7) : born.toString();
    }
}
