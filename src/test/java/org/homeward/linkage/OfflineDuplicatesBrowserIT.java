package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The device's duplicate check (offline-duplicates.js) in Chromium, fed a new registration, the outbox's
 * other registrations and the snapshot downloaded from the server: the same man spelled otherwise is found
 * in the snapshot and in the outbox with the band and reasons, a listed spelling in the other script counts
 * as the same name, and his brother, his twin and his cousin are not offered as him.
 */
@HomewardTest
class OfflineDuplicatesBrowserIT {

    private static final String PASSWORD = "offline duplicates password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @LocalServerPort
    int port;

    @Test
    void findsTheSameManInTheSnapshotAndTheOutboxButNotHisBrotherTwinOrCousin() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String family = "Dupq" + letters(run) + "i";
        Household registered = households.register(
                new RegisterHouseholdRequest(
                        "Device site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY020000", null),
                        List.of(
                                details("PRINCIPAL", null, "Ahmed", "Khaled", "Hassan", "Al-" + family, "M", "1990-04"),
                                details("BROTHER", null, "Omar", "Khaled", "Hassan", "Al-" + family, "M", "1992"),
                                details("BROTHER", null, "Mahmoud", "Khaled", "Hassan", "Al-" + family, "M", "1990-04"),
                                details(
                                        "OTHER_RELATIVE",
                                        null,
                                        "Ahmad",
                                        "Mustafa",
                                        "Hassan",
                                        "Al-" + family,
                                        "M",
                                        "1990"),
                                details("OTHER_RELATIVE", "يوسف", null, "Khalid", "Hasan", family, "M", "1975"))),
                "system");
        String officer = "dup.officer." + run;
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(officer, List.of(ScopeGrant.parse("area:SY02")));

        Map<String, Object> typed = Map.of(
                "members",
                List.of(
                        person("PRINCIPAL", null, "Ahmad", "Khalid", "Hasan", family, "M", "1990"),
                        person("BROTHER", null, "Youssef", "Khalid", "Hasan", family, "M", "1975")));
        List<Map<String, Object>> outbox = List.of(
                Map.of(
                        "members",
                        List.of(person("PRINCIPAL", "سلمى", "Salma", "Rami", null, "Otherfamily", "F", "1980"))),
                Map.of(
                        "members",
                        List.of(person("PRINCIPAL", null, "Ahmed", "Khaleed", null, "El " + family, "M", "1991"))));

        JsonNode found;
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/");
            NameFoldingParityBrowserIT.load(browser, "/js/name-folding.js");
            NameFoldingParityBrowserIT.load(browser, "/js/offline-duplicates.js");
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object result = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript(
                            """
                    var typed = JSON.parse(arguments[0]);
                    var outbox = JSON.parse(arguments[1]);
                    var done = arguments[arguments.length - 1];
                    var get = function (path) {
                      return fetch(path, {headers: {'Accept': 'application/json'}}).then(function (r) { return r.json(); });
                    };
                    Promise.all([get('/api/v1/linkage/snapshot'), get('/api/v1/linkage/given-names')])
                      .then(function (answers) {
                        var found = window.HomewardOfflineDuplicates.findLikely(typed, outbox, answers[0],
                            {listedKeys: answers[1]});
                        done(JSON.stringify(found));
                      })
                      .catch(function (e) { done('failed: ' + e); });""",
                            ApiClient.json().writeValueAsString(typed),
                            ApiClient.json().writeValueAsString(outbox));
            found = ApiClient.json().readTree(String.valueOf(result));
        }

        List<String> ahmad = new ArrayList<>();
        List<String> youssef = new ArrayList<>();
        for (JsonNode match : found) {
            String where = match.has("snapshotEntry")
                    ? match.path("snapshotEntry").path("household").asString() + "/"
                            + match.path("snapshotEntry").path("birthYear").asInt()
                    : "outbox " + match.path("index").asInt() + "/"
                            + match.path("otherMember").asInt();
            (match.path("member").asInt() == 0 ? ahmad : youssef)
                    .add(where + " " + match.path("band").asString() + " "
                            + match.path("reasons").toString());
        }
        // Ahmad: the registered Ahmed (same month unknown here, same year), and the Ahmed waiting in the outbox.
        assertThat(ahmad).hasSize(2);
        assertThat(ahmad.get(0))
                .startsWith(registered.reference() + "/1990 VERY_LIKELY")
                .contains("SAME_GIVEN_NAME")
                .contains("SAME_FATHER_NAME")
                .contains("SAME_FAMILY_NAME")
                .contains("BIRTH_SAME_YEAR");
        assertThat(ahmad.get(1)).startsWith("outbox 1/0 LIKELY").contains("BIRTH_CLOSE");
        // Youssef typed in Latin is the registered يوسف: one listed name in two scripts.
        assertThat(youssef).hasSize(1);
        assertThat(youssef.get(0))
                .startsWith(registered.reference() + "/1975 VERY_LIKELY")
                .contains("LISTED_VARIANT_GIVEN_NAME");
        // Omar (brother), Mahmoud (twin) and the Ahmad son of Mustafa (cousin) are never offered.
        assertThat(found.toString()).doesNotContain("\"birthYear\":1992");
        assertThat(found.size()).isEqualTo(3);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> person(
            String relationship,
            String givenAr,
            String given,
            String father,
            String grandfather,
            String family,
            String sex,
            String born) {
        return ApiClient.json()
                .convertValue(details(relationship, givenAr, given, father, grandfather, family, sex, born), Map.class);
    }

    private static IndividualDetails details(
            String relationship,
            String givenAr,
            String given,
            String father,
            String grandfather,
            String family,
            String sex,
            String born) {
        return new IndividualDetails(
                relationship,
                givenAr,
                given,
                null,
                father,
                null,
                grandfather,
                null,
                family,
                sex,
                born,
                null,
                null,
                null,
                null,
                List.of());
    }

    private static String letters(String run) {
        StringBuilder letters = new StringBuilder();
        for (char c : run.toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 36) % 26));
        }
        return letters.toString();
    }
}
