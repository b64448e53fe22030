package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The progress of a survey import, followed under the token its page sent: rows read, checked,
 * matched, with problems and recorded rows, for the importing user alone.
 */
@HomewardTest
class IntentionImportProgressIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @Autowired
    IntentionSurveyImport imports;

    @Autowired
    IntentionImportProgress progress;

    @LocalServerPort
    int port;

    @Test
    void anImportTellsHowFarItGotToTheUserWhoImportsAndToNobodyElse() throws Exception {
        String officer = MovementTestData.user(users, Role.REGISTRATION_OFFICER);
        List<List<String>> rows = new ArrayList<>(List.of(List.of("household_reference", "return_intention", "today")));
        for (int i = 0; i < 3; i++) {
            Household household = IntentionTestData.household(households, "LBN", "SY010000", 2, null);
            rows.add(List.of(household.reference(), "within_12_months", "2026-02-0" + (i + 1)));
        }
        String token = UUID.randomUUID().toString();

        IntentionImportReport report = imports.importFile(
                SurveyFiles.csv(';', rows),
                "progress.csv",
                ColumnMappings.STANDARD,
                officer,
                progress.follow(token, officer));

        assertThat(report.imported()).as(report.problems().toString()).isTrue();
        assertThat(progress.of(token, officer))
                .contains(new IntentionImportProgress.Snapshot("FINISHED", 3, 3, 3, 0, 3, true));
        assertThat(progress.of(token, "someone.else")).isEmpty();

        PageSession page = PageSession.signIn(port, officer, MovementTestData.PASSWORD);
        HttpResponse<String> polled = page.get("/intentions/import/progress/" + token);
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(polled.body())
                .contains("data-finished=\"true\"")
                .contains("id=\"import-progress-recorded\">3<")
                .contains("id=\"import-progress-rows\">3<")
                .contains("value=\"100\"");
        PageSession other = PageSession.signIn(
                port, MovementTestData.user(users, Role.REGISTRATION_OFFICER), MovementTestData.PASSWORD);
        assertThat(other.get("/intentions/import/progress/" + token).body())
                .as("another user's import is not theirs to follow")
                .contains("data-finished=\"false\"")
                .contains("id=\"import-progress-recorded\">0<");
        assertThat(page.get("/intentions/import").body())
                .contains("name=\"progress\"")
                .contains("id=\"import-progress\"");
    }

    @Test
    void aRefusedImportCountsItsProblemsAndRecordsNothing() {
        String token = UUID.randomUUID().toString();
        List<List<String>> rows = List.of(
                List.of("household_reference", "return_intention"),
                List.of("HW-0000001", "perhaps"),
                List.of("HW-0000002", "no"));

        IntentionImportReport report = imports.importFile(
                SurveyFiles.csv(',', rows),
                "refused.csv",
                ColumnMappings.STANDARD,
                "intentions.test",
                progress.follow(token, "intentions.test"));

        assertThat(report.imported()).isFalse();
        IntentionImportProgress.Snapshot snapshot =
                progress.of(token, "intentions.test").orElseThrow();
        assertThat(snapshot.finished()).isTrue();
        assertThat(snapshot.dataRows()).isEqualTo(2);
        assertThat(snapshot.checked()).isEqualTo(2);
        assertThat(snapshot.problems()).isEqualTo(report.problemCount()).isPositive();
        assertThat(snapshot.recorded()).isZero();
    }
}
