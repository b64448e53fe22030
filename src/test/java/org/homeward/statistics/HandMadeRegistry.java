package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small registry of 2024 whose statistics are worked out by hand, imported through the
 * registry's bulk import (PostgreSQL COPY). Ages are at the return date, birth dates known to the
 * year taken at 2 July and to the month at the 15th.
 *
 * <pre>
 * H1 refugee LBN MASNAA -> SY020000 (Aleppo), home 2024-03-05
 *    M 1980 (43, 18-59, principal)  F 1985-06 (38, 18-59)  M 2010-01-20 (14, 12-17)
 *    F 2020-03-10 (3, 0-4)  F 2019 (4, 0-4)  M unknown
 * H2 refugee TUR BAB_AL_HAWA -> SY070000 (Idlib), home 2024-03-20
 *    F 1960-05-01 (63, 60+, principal)  M 1990 (33, 18-59)  M 2018-12 (5, 5-11)
 * H3 IDP from SY010000 -> SY020000 (Aleppo), home 2024-04-15
 *    M 1975 (48, principal)  F 1978 (45)  F 2012-04-16 (11 the day before her 12th birthday, 5-11)
 *    M 2006-04-15 (18 on the day, 18-59)
 * H4 refugee LBN MASNAA -> SY020000, REGISTERED 2024-05-10, not home: M 1970 (principal)  F 1972
 * H5 refugee JOR NASIB -> SY120000, WITHDRAWN, registered 2024-03-01: counts nowhere (3 people)
 * H6 refugee LBN MASNAA -> SY020000, home 2024-06-02: the principal and wife of H1 registered again
 *    M 1980 (43, principal)  F 1985-06 (38)
 *
 * Returns in 2024, registrations: March 9 (H1 6 + H2 3), April 4, June 2; total 15, households 4.
 * Refugees 11, IDPs 4. Countries: LBN 8, TUR 3. Crossings: MASNAA 8, BAB_AL_HAWA 3, none (IDP) 4.
 * Governorates: SY02 12, SY07 3. Women 7, men 8. Ages: 0-4 2, 5-11 2, 12-17 1, 18-59 8, 60+ 1, unknown 1.
 * Households by the principal's sex: women 1 (H2), men 3. Pending in 2024: 2 on 2024-05-10.
 * Deduplicated persons once H6's two records are linked to H1's: 13, none of them in June.
 * </pre>
 */
public final class HandMadeRegistry {

    private static final String HEADER = "household_key,individual_key,registration_site,return_type,origin_country,"
            + "origin_location,crossing_point,destination_pcode,planned_date,journey_status,registered_on,returned_on,"
            + "relationship,given_name_ar,given_name_latin,father_name_ar,father_name_latin,grandfather_name_ar,"
            + "grandfather_name_latin,family_name_ar,family_name_latin,sex,date_of_birth,phone,document_type,"
            + "document_number,place_of_origin,specific_needs";
    private static final List<String> ROWS = List.of(
            household(
                    "H1",
                    "REFUGEE,LBN,,MASNAA,SY020000",
                    "RETURNED_HOME,2024-02-20,2024-03-05",
                    member("H1-1", "PRINCIPAL", "خالد", "Khaled", "M", "1980"),
                    member("H1-2", "SPOUSE", "نور", "Nour", "F", "1985-06"),
                    member("H1-3", "SON", "عمر", "Omar", "M", "2010-01-20"),
                    member("H1-4", "DAUGHTER", "سارة", "Sara", "F", "2020-03-10"),
                    member("H1-5", "DAUGHTER", "هبة", "Heba", "F", "2019"),
                    member("H1-6", "OTHER_RELATIVE", "يوسف", "Yousef", "M", "")),
            household(
                    "H2",
                    "REFUGEE,TUR,,BAB_AL_HAWA,SY070000",
                    "RETURNED_HOME,2024-03-01,2024-03-20",
                    member("H2-1", "PRINCIPAL", "خديجة", "Khadija", "F", "1960-05-01"),
                    member("H2-2", "SON", "حسن", "Hasan", "M", "1990"),
                    member("H2-3", "GRANDCHILD", "لؤي", "Luay", "M", "2018-12")),
            household(
                    "H3",
                    "IDP,,SY010000,,SY020000",
                    "RETURNED_HOME,2024-04-01,2024-04-15",
                    member("H3-1", "PRINCIPAL", "أحمد", "Ahmad", "M", "1975"),
                    member("H3-2", "SPOUSE", "مريم", "Maryam", "F", "1978"),
                    member("H3-3", "DAUGHTER", "فاطمة", "Fatima", "F", "2012-04-16"),
                    member("H3-4", "SON", "محمد", "Mohammad", "M", "2006-04-15")),
            household(
                    "H4",
                    "REFUGEE,LBN,,MASNAA,SY020000",
                    "REGISTERED,2024-05-10,",
                    member("H4-1", "PRINCIPAL", "عبد الرحمن", "Abdulrahman", "M", "1970"),
                    member("H4-2", "SPOUSE", "فاطمة", "Fatima", "F", "1972")),
            household(
                    "H5",
                    "REFUGEE,JOR,,NASIB,SY120000",
                    "WITHDRAWN,2024-03-01,",
                    member("H5-1", "PRINCIPAL", "عمر", "Omar", "M", "1988"),
                    member("H5-2", "SPOUSE", "سارة", "Sara", "F", "1990"),
                    member("H5-3", "SON", "حسن", "Hasan", "M", "2015")),
            household(
                    "H6",
                    "REFUGEE,LBN,,MASNAA,SY020000",
                    "RETURNED_HOME,2024-06-01,2024-06-02",
                    member("H6-1", "PRINCIPAL", "خالد", "Khaled", "M", "1980"),
                    member("H6-2", "SPOUSE", "نور", "Nour", "F", "1985-06")));

    private static boolean loaded;

    private HandMadeRegistry() {}

    /** Imports the households once per test run. */
    public static synchronized void load() throws IOException {
        if (loaded) {
            return;
        }
        Path file = Files.createDirectories(Path.of("target/test-data")).resolve("statistics-hand-made.csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", ROWS) + "\n");
        ImportReport report = StatisticsTestApplication.bean(HouseholdImportService.class)
                .importFile(file, new ImportOptions(false, null, "statistics-test", 0), new ImportProgress() {});
        assertThat(report.problems()).isEmpty();
        assertThat(report.individualsWritten()).isEqualTo(20);
        // The import marks hundreds of days, more than a read refreshes on its own; bring the summary up to date now.
        StatisticsTestApplication.bean(IndicatorService.class).refresh();
        loaded = true;
    }

    /** The id the registry gave the individual imported with this key. */
    static UUID individual(String key) {
        return StatisticsTestApplication.bean(JdbcClient.class)
                .sql("SELECT id FROM individual WHERE import_key = :key")
                .param("key", key)
                .query(UUID.class)
                .single();
    }

    private static String household(String key, String journey, String status, String... members) {
        StringBuilder rows = new StringBuilder();
        String[] parts = journey.split(",", -1);
        for (String member : members) {
            if (!rows.isEmpty()) {
                rows.append('\n');
            }
            rows.append(key)
                    .append(',')
                    .append(member.substring(0, member.indexOf(',')))
                    .append(",Test site,")
                    .append(parts[0])
                    .append(',')
                    .append(parts[1])
                    .append(',')
                    .append(parts[2])
                    .append(',')
                    .append(parts[3])
                    .append(',')
                    .append(parts[4])
                    .append(",,")
                    .append(status)
                    .append(member.substring(member.indexOf(',')));
        }
        return rows.toString();
    }

    private static String member(
            String key, String relationship, String givenAr, String givenLatin, String sex, String birth) {
        return key + "," + relationship + "," + givenAr + "," + givenLatin + ",,,,,الحلبي,Halabi," + sex + "," + birth
                + ",,,,,";
    }
}
