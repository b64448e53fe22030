package org.homeward.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Writes a large, varied, valid file in the interchange layout for benchmarks (households of 5). */
final class SyntheticImportFile {

    static final String HEADER =
            "household_key,individual_key,registration_site,return_type,origin_country,origin_location,"
                    + "crossing_point,destination_pcode,planned_date,journey_status,registered_on,returned_on,relationship,"
                    + "given_name_ar,given_name_latin,father_name_ar,father_name_latin,grandfather_name_ar,grandfather_name_latin,"
                    + "family_name_ar,family_name_latin,sex,date_of_birth,phone,document_type,document_number,place_of_origin,"
                    + "specific_needs";
    private static final String[][] MEN = {
        {"محمد", "Mohammad"},
        {"أحمد", "Ahmad"},
        {"خالد", "Khaled"},
        {"عبد الرحمن", "Abdulrahman"},
        {"حسن", "Hasan"},
        {"عمر", "Omar"},
        {"يوسف", "Yousef"},
        {"لؤي", "Luay"}
    };
    private static final String[][] WOMEN = {
        {"فاطمة", "Fatima"},
        {"نور", "Nour"},
        {"سارة", "Sara"},
        {"خديجة", "Khadija"},
        {"مريم", "Maryam"},
        {"هبة", "Heba"}
    };
    private static final String[][] FAMILIES = {
        {"الحموي", "Al-Hamwi"},
        {"الحلبي", "Halabi"},
        {"الإدلبي", "Idlibi"},
        {"الشامي", "Al-Shami"},
        {"الأحمد", "Al-Ahmad"},
        {"العلي", "Al-Ali"}
    };
    private static final String[] DESTINATIONS = {"SY020000", "SY070000", "SY010000", "SY040100", "SY050100"};
    private static final String[][] ORIGINS = {
        {"LBN", "MASNAA"}, {"TUR", "BAB_AL_HAWA"}, {"JOR", "NASIB"}, {"IRQ", "AL_QAIM"}
    };

    private SyntheticImportFile() {}

    static Path write(Path file, int households, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        String[] relationships = {"PRINCIPAL", "SPOUSE", "SON", "DAUGHTER", "SON"};
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write(HEADER + "\n");
            for (int h = 0; h < households; h++) {
                String[] family = pick(FAMILIES, random);
                String[] father = pick(MEN, random);
                String[] grandfather = pick(MEN, random);
                String[] origin = pick(ORIGINS, random);
                String destination = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
                for (int m = 0; m < 5; m++) {
                    boolean male = m == 0 || m == 2 || m == 4;
                    String[] given = m == 0 ? father : pick(male ? MEN : WOMEN, random);
                    String[] fatherOf = m == 0 ? grandfather : m == 1 ? pick(MEN, random) : father;
                    List<String> row = new ArrayList<>(List.of(
                            "B" + h,
                            "B" + h + "-" + m,
                            "Site " + (h % 40),
                            "REFUGEE",
                            origin[0],
                            "",
                            origin[1],
                            destination,
                            "",
                            "RETURNED_HOME",
                            "2025-0" + (1 + h % 9) + "-1" + (h % 9),
                            "",
                            relationships[m],
                            given[0],
                            given[1],
                            fatherOf[0],
                            fatherOf[1],
                            "",
                            "",
                            family[0],
                            family[1],
                            male ? "M" : "F",
                            String.valueOf(1950 + random.nextInt(70))
                                    + (random.nextBoolean() ? "-0" + (1 + random.nextInt(9)) : ""),
                            m == 0 ? "+9639" + (40_000_000 + random.nextInt(9_000_000)) : "",
                            "",
                            "",
                            "",
                            ""));
                    out.write(String.join(",", row) + "\n");
                }
            }
        }
        return file;
    }

    private static String[] pick(String[][] values, SplittableRandom random) {
        return values[random.nextInt(values.length)];
    }
}
