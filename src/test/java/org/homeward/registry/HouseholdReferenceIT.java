package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** References of new households cannot be walked; those printed before stay findable; typos are told apart. */
@HomewardTest
class HouseholdReferenceIT {

    private static final String PASSWORD = "reference test password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseholdImportService imports;

    @LocalServerPort
    int port;

    @Test
    void newHouseholdsGetUnrelatedReferencesWithACheckCharacterAndOldOnesStayFindable() {
        String officer = "reference.admin." + System.nanoTime();
        users.create(officer, Role.ADMIN, PASSWORD, null);
        ApiClient api = new ApiClient(port, officer, PASSWORD);
        Household first = register("Al-Marjaei");
        Household second = register("Al-Marjaei");

        assertThat(List.of(first.reference(), second.reference()))
                .allMatch(HouseholdReferences::wellFormed)
                .allMatch(reference -> reference.matches("HW-[0-9A-HJKMNP-TV-Z]{10}"));
        assertThat(first.reference()).isNotEqualTo(second.reference());
        Answer found = api.get("/api/v1/households/by-reference/" + second.reference());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("id").asString()).isEqualTo(second.id().toString());

        // A reference printed on a slip before references became random, as the registry holds it.
        String printed = "HW-" + String.format("%07d", 9_000_000 + (System.nanoTime() % 999_999));
        jdbc.sql("UPDATE household SET reference = :printed WHERE id = :id")
                .param("printed", printed)
                .param("id", first.id())
                .update();
        Answer old = api.get("/api/v1/households/by-reference/" + printed);
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.json().get("id").asString()).isEqualTo(first.id().toString());

        String reference = second.reference();
        char last = reference.charAt(reference.length() - 1);
        String typo = reference.substring(0, reference.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        Answer mistyped = api.get("/api/v1/households/by-reference/" + typo);
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.json().get("code").asString()).isEqualTo("REFERENCE_MISTYPED");
    }

    @Test
    void anImportedBatchGetsDistinctReferencesOfTheCurrentForm(@TempDir Path folder) throws Exception {
        String prefix = "R" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.addAll(ImportFiles.household(prefix + i, "الوارد", "Al-Wared"));
        }
        Path file = ImportFiles.csv(folder.resolve("forty.csv"), StandardCharsets.UTF_8, false, rows);

        ImportReport report = imports.importFile(
                file, new ImportOptions(false, folder.resolve("rejected.csv"), "test", 2), ImportProgress.SILENT);

        assertThat(report.householdsWritten()).isEqualTo(40);
        List<String> references = jdbc.sql("SELECT reference FROM household WHERE import_key LIKE :prefix")
                .param("prefix", prefix + "%")
                .query(String.class)
                .list();
        assertThat(references)
                .hasSize(40)
                .doesNotHaveDuplicates()
                .allMatch(HouseholdReferences::wellFormed)
                .noneMatch(reference -> reference.matches("HW-\\d{7}"));
    }

    private Household register(String family) {
        RegisterHouseholdRequest request = JsonMapper.builder()
                .build()
                .convertValue(HouseholdFixtures.familyOfFive(family, "المرجعي"), RegisterHouseholdRequest.class);
        return households.register(request, "reference.test");
    }
}
