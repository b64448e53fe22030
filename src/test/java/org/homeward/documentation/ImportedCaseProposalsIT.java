package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.ImportReport;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Households written by a bulk import from a real CSV file are looked at for documentation gaps as a
 * registration is: the same proposals, batch by batch, and importing the file again proposes nothing new.
 */
@HomewardTest
class ImportedCaseProposalsIT {

    private static final String HEADER = "household_key,individual_key,registration_site,return_type,origin_country,"
            + "origin_location,crossing_point,destination_pcode,planned_date,journey_status,registered_on,returned_on,"
            + "relationship,given_name_ar,given_name_latin,father_name_ar,father_name_latin,grandfather_name_ar,"
            + "grandfather_name_latin,family_name_ar,family_name_latin,sex,date_of_birth,phone,document_type,"
            + "document_number,place_of_origin,specific_needs";

    @Autowired
    HouseholdImportService imports;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    /** One member of a test household: relationship, sex, birth date, document type (empty: none). */
    private record Member(String relationship, String sex, String birthDate, String document) {}

    private static final List<Member> BORN_IN_LEBANON = List.of(
            new Member("PRINCIPAL", "M", "1982-04-02", "NATIONAL_ID"),
            new Member("SPOUSE", "F", "1988-01-15", ""),
            new Member("SON", "M", "2019-06-01", ""),
            new Member("DAUGHTER", "F", "2021-02-10", "BIRTH_CERTIFICATE"));
    private static final List<Member> BORN_IN_IRAQ =
            List.of(new Member("PRINCIPAL", "F", "1990", "PASSPORT"), new Member("DAUGHTER", "F", "2020-11", ""));
    private static final List<Member> ALL_PAPERS = List.of(
            new Member("PRINCIPAL", "M", "1970", "NATIONAL_ID"),
            new Member("SON", "M", "2016-03-03", "BIRTH_CERTIFICATE"));

    @Test
    void importedHouseholdsGetTheProposalsTheirRegistrationWouldHaveGotOnceEach() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows("IMP" + run + "-LB", "LBN", "MASNAA", BORN_IN_LEBANON, run));
        lines.addAll(rows("IMP" + run + "-IQ", "IRQ", "AL_QAIM", BORN_IN_IRAQ, run));
        lines.addAll(rows("IMP" + run + "-OK", "LBN", "MASNAA", ALL_PAPERS, run));
        Path file = Files.write(folder.resolve("households.csv"), lines);
        // Batches of two households: the three are written and announced in two batches.
        ImportOptions options = new ImportOptions(false, null, "import-test", 2);

        ImportReport report = imports.importFile(file, options, ImportProgress.SILENT);

        assertThat(report.problems()).isEmpty();
        assertThat(report.householdsWritten()).isEqualTo(3);
        assertThat(proposals("IMP" + run + "-LB"))
                .containsExactlyInAnyOrder(
                        "SPOUSE NO_IDENTITY_DOCUMENT NATIONAL_ID_REPLACEMENT SYR -",
                        "SON BIRTH_NOT_REGISTERED BIRTH_ABROAD LBN 2019-06-01")
                .isEqualTo(proposalsOf(register("LBN", "MASNAA", BORN_IN_LEBANON)));
        assertThat(proposals("IMP" + run + "-IQ"))
                .containsExactly("DAUGHTER BIRTH_NOT_REGISTERED BIRTH_REGISTRATION_SYRIA SYR -")
                .isEqualTo(proposalsOf(register("IRQ", "AL_QAIM", BORN_IN_IRAQ)));
        assertThat(proposals("IMP" + run + "-OK")).isEmpty();

        ImportReport again = imports.importFile(file, options, ImportProgress.SILENT);

        assertThat(again.householdsWritten()).isZero();
        assertThat(proposals("IMP" + run + "-LB")).hasSize(2);
    }

    private static List<String> rows(String key, String origin, String crossing, List<Member> members, String run) {
        List<String> rows = new ArrayList<>();
        for (int m = 0; m < members.size(); m++) {
            Member member = members.get(m);
            String number = member.document().isEmpty() ? "" : "N" + run + key.substring(key.length() - 2) + m;
            rows.add(String.join(
                    ",",
                    key,
                    key + "-" + m,
                    "Masnaa crossing",
                    "REFUGEE",
                    origin,
                    "",
                    crossing,
                    DocumentationTestData.DESTINATION,
                    "",
                    "RETURNED_HOME",
                    "2025-05-02",
                    "",
                    member.relationship(),
                    m == 0 ? "خالد" : "سلمى",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "الحمصي",
                    "Alhomsi",
                    member.sex(),
                    member.birthDate(),
                    "",
                    member.document(),
                    number,
                    "",
                    ""));
        }
        return rows;
    }

    private Household register(String origin, String crossing, List<Member> members) {
        List<IndividualDetails> details = new ArrayList<>();
        for (Member member : members) {
            details.add(new IndividualDetails(
                    member.relationship(),
                    "سلمى",
                    null,
                    null,
                    null,
                    null,
                    null,
                    "الحمصي",
                    "Alhomsi",
                    member.sex(),
                    member.birthDate(),
                    null,
                    member.document().isEmpty() ? null : member.document(),
                    member.document().isEmpty()
                            ? null
                            : "R" + UUID.randomUUID().toString().substring(0, 10),
                    null,
                    List.of()));
        }
        return households.register(
                new RegisterHouseholdRequest(
                        "Masnaa crossing",
                        new JourneyDetails("REFUGEE", origin, null, crossing, DocumentationTestData.DESTINATION, null),
                        details),
                "registration");
    }

    /** The proposals of an imported household, each as "relationship gap case-type jurisdiction event-date". */
    private List<String> proposals(String importKey) {
        UUID id = jdbc.sql("SELECT id FROM household WHERE import_key = :key")
                .param("key", importKey)
                .query(UUID.class)
                .single();
        return proposalsOf(householdQueries.find(id));
    }

    private List<String> proposalsOf(Household household) {
        return jdbc.sql("""
                        SELECT individual_id, gap, case_type, jurisdiction, coalesce(event_date::text, '-') AS event
                        FROM documentation_proposal WHERE household_id = :id""")
                .param("id", household.id())
                .query((rs, n) -> relationship(household, rs.getObject("individual_id", UUID.class)) + " "
                        + rs.getString("gap") + " " + rs.getString("case_type") + " " + rs.getString("jurisdiction")
                        + " "
                        + rs.getString("event"))
                .list();
    }

    private static String relationship(Household household, UUID individual) {
        return household.members().stream()
                .filter(member -> member.id().equals(individual))
                .findFirst()
                .map(member -> member.relationship().name())
                .orElse("HOUSEHOLD");
    }
}
