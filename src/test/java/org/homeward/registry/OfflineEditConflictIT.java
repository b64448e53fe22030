package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The same household edited offline on one device and online by someone else, on a real database
 * through the API: the fields only the device changed are merged, the field changed on both sides
 * becomes a conflict, a resend changes nothing, a stale base without overlap merges, an unknown base
 * turns every change into a conflict, other scopes and roles are refused, and a supervisor's
 * decision is applied and recorded in the household's history and the audit trail.
 */
@HomewardTest
class OfflineEditConflictIT {

    private static final String PASSWORD = "offline edit password";

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void mergesUntouchedFieldsKeepsTheFieldChangedOnBothSidesForASupervisorAndRecordsTheDecision() throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        ApiClient device = client("offline.device." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        ApiClient colleague = client("offline.online." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        ApiClient elsewhere = client("offline.other." + run, Role.REGISTRATION_OFFICER, "area:SY01");
        ApiClient supervisor = client("offline.super." + run, Role.COORDINATOR, "area:SY02");
        ApiClient otherSupervisor = client("offline.super2." + run, Role.COORDINATOR, "area:SY01");

        Answer registered = device.post("/api/v1/households", HouseholdFixtures.laylaAndSami());
        assertThat(registered.status()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        String principal = registered.json().path("members").get(0).path("id").asString();
        String son = registered.json().path("members").get(1).path("id").asString();
        String maskedPhone =
                registered.json().path("members").get(0).path("phone").asString();

        // Online, meanwhile: the principal's Latin given name corrected by a colleague (version 0 -> 1).
        Answer online = colleague.put(
                "/api/v1/households/" + id + "/members/" + principal,
                Map.of(
                        "version",
                        0,
                        "member",
                        HouseholdFixtures.person(
                                "PRINCIPAL", "ليلى", "Leila", "الكردي", "Offkurdi", "F", "1980", maskedPhone),
                        "reason",
                        "spelling on the ID"));
        assertThat(online.status()).isEqualTo(200);

        // Offline, from version 0: the site, the son's birth date and the same given name, spelled otherwise.
        UUID clientId = UUID.randomUUID();
        Map<String, Object> edit = edit(
                clientId,
                0,
                Map.of("registrationSite", "Mobile team Daraa"),
                member(
                        principal,
                        Map.of("givenNameLatin", "Laila", "phone", maskedPhone, "familyNameLatin", "Offkurdi")),
                member(son, Map.of("birthDate", "2015")));
        Answer merged = device.post("/api/v1/households/" + id + "/offline-edits", edit);
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.json().path("state").asString()).isEqualTo("PARTLY_APPLIED_WITH_CONFLICTS");
        assertThat(texts(merged.json().path("appliedFields")))
                .containsExactlyInAnyOrder("registrationSite", "members." + son + ".birthDate");
        JsonNode conflict = merged.json().path("conflicts").get(0);
        assertThat(merged.json().path("conflicts")).hasSize(1);
        assertThat(conflict.path("field").asString()).isEqualTo("members." + principal + ".givenNameLatin");
        assertThat(conflict.path("baseValue").asString()).isEqualTo("Layla");
        assertThat(conflict.path("theirValue").asString()).isEqualTo("Leila");
        assertThat(conflict.path("yourValue").asString()).isEqualTo("Laila");
        assertThat(merged.json().path("version").asLong()).isEqualTo(2);

        Answer now = device.get("/api/v1/households/" + id);
        assertThat(now.json().path("registrationSite").asString()).isEqualTo("Mobile team Daraa");
        assertThat(now.json()
                        .path("members")
                        .get(1)
                        .path("birthDate")
                        .path("date")
                        .toString())
                .contains("2015");
        assertThat(now.json().path("members").get(0).path("givenNameLatin").asString())
                .isEqualTo("Leila");
        assertThat(storedPhone(principal)).isEqualTo("+963944771234");
        String history = device.get("/api/v1/households/" + id + "/history").body();
        assertThat(history)
                .contains("OFFLINE_EDIT")
                .contains("device-" + clientId.toString().substring(0, 4))
                .contains(clientId.toString())
                .contains("EDIT_CONFLICT_OPENED");

        // The device sends the same edit again (its answer was lost): the same answer, nothing changed twice.
        Answer resent = device.post("/api/v1/households/" + id + "/offline-edits", edit);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("state").asString()).isEqualTo("PARTLY_APPLIED_WITH_CONFLICTS");
        assertThat(resent.json().path("conflicts").get(0).path("id").asLong())
                .isEqualTo(conflict.path("id").asLong());
        assertThat(version(id)).isEqualTo(2);
        assertThat(openConflicts(id)).isEqualTo(1);

        // Another edit from version 1 (stale now) touching only what nobody else changed since: merged whole.
        Answer staleNoOverlap = device.post(
                "/api/v1/households/" + id + "/offline-edits",
                edit(
                        UUID.randomUUID(),
                        1,
                        Map.of("plannedDate", "2031-05-01"),
                        member(son, Map.of("givenNameLatin", "Samy"))));
        assertThat(staleNoOverlap.json().path("state").asString()).isEqualTo("APPLIED");
        assertThat(staleNoOverlap.json().path("conflicts")).isEmpty();
        assertThat(version(id)).isEqualTo(3);

        // A base the server does not know: nothing is overwritten, the change waits as a conflict.
        Answer unknownBase = device.post(
                "/api/v1/households/" + id + "/offline-edits",
                edit(UUID.randomUUID(), 1000, Map.of("originLocation", "Zaatari"), member(son, Map.of())));
        assertThat(unknownBase.json().path("state").asString()).isEqualTo("CONFLICT");
        assertThat(unknownBase.json().path("conflicts").get(0).path("baseKnown").asBoolean())
                .isFalse();
        assertThat(version(id)).isEqualTo(3);

        // Outside the officer's scope the household does not exist; nothing is stored.
        Answer outside = elsewhere.post(
                "/api/v1/households/" + id + "/offline-edits",
                edit(UUID.randomUUID(), 3, Map.of("registrationSite", "Elsewhere"), member(son, Map.of())));
        assertThat(outside.status()).isEqualTo(404);
        assertThat(version(id)).isEqualTo(3);

        // Who decides: not the officer (403), not a supervisor of another area (404, and an empty list).
        long conflictId = conflict.path("id").asLong();
        Map<String, String> takeDevice = Map.of("choice", "YOURS");
        assertThat(device.post("/api/v1/edit-conflicts/" + conflictId + "/resolution", takeDevice)
                        .status())
                .isEqualTo(403);
        assertThat(otherSupervisor
                        .post("/api/v1/edit-conflicts/" + conflictId + "/resolution", takeDevice)
                        .status())
                .isEqualTo(404);
        assertThat(otherSupervisor.get("/api/v1/edit-conflicts").body()).doesNotContain(id);

        Answer listed = supervisor.get("/api/v1/edit-conflicts");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).contains("Leila").contains("Laila");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'READ_EDIT_CONFLICTS' AND actor = :actor
                        AND details->'households' @> jsonb_build_array(CAST(:id AS text))""")
                        .param("actor", "offline.super." + run)
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isPositive();
        PageSession page = PageSession.signIn(port, "offline.super." + run, PASSWORD);
        assertThat(page.get("/households/" + id).body()).contains("id=\"open-conflicts\"");
        String conflictsPage = page.get("/edit-conflicts").body();
        assertThat(conflictsPage)
                .contains("conflict-" + conflict.path("id").asLong())
                .contains("Layla")
                .contains("Leila")
                .contains("Laila")
                .doesNotContain("+963944771234");
        // Decided on the page: the device's value wins.
        assertThat(page.post("/edit-conflicts/" + conflictId, "/edit-conflicts", takeDevice)
                        .statusCode())
                .isEqualTo(302);
        assertThat(page.get("/edit-conflicts").body()).doesNotContain("conflict-" + conflictId + "\"");
        assertThat(jdbc.sql("SELECT resolution || '/' || resolved_by FROM household_edit_conflict WHERE id = :id")
                        .param("id", conflictId)
                        .query(String.class)
                        .single())
                .isEqualTo("YOURS/offline.super." + run);
        assertThat(device.get("/api/v1/households/" + id)
                        .json()
                        .path("members")
                        .get(0)
                        .path("givenNameLatin")
                        .asString())
                .isEqualTo("Laila");
        Answer again =
                supervisor.post("/api/v1/edit-conflicts/" + conflictId + "/resolution", Map.of("choice", "THEIRS"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().path("errors").get(0).path("code").asString()).isEqualTo("EDIT_CONFLICT_DECIDED");

        JsonNode resolvedEvent = lastEvent(
                supervisor.get("/api/v1/households/" + id + "/history").json(), "EDIT_CONFLICT_RESOLVED");
        assertThat(resolvedEvent.path("actor").asString()).isEqualTo("offline.super." + run);
        assertThat(resolvedEvent.path("details").path("won").asString()).isEqualTo("YOURS");
        assertThat(resolvedEvent
                        .path("details")
                        .path("changes")
                        .path("members[0].givenNameLatin")
                        .path("from")
                        .asString())
                .isEqualTo("Leila");
        assertThat(resolvedEvent
                        .path("details")
                        .path("changes")
                        .path("members[0].givenNameLatin")
                        .path("to")
                        .asString())
                .isEqualTo("Laila");
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE action = 'RESOLVE_EDIT_CONFLICT' AND target_id = :id
                        AND actor = :actor""")
                        .param("id", id)
                        .param("actor", "offline.super." + run)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void refusesAnEditWithoutItsIdDeviceOrBaseAndFieldsThatCannotBeEdited() {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        ApiClient device = client("offline.bad." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        Answer registered = device.post(
                "/api/v1/households",
                HouseholdFixtures.atFieldOffice(List.of(
                        HouseholdFixtures.person("PRINCIPAL", "هدى", "Huda", null, "Offbad", "F", "1970", null))));
        String id = registered.json().path("id").asString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("household", Map.of("journeyStatus", "RETURNED_HOME"));
        Answer refused = device.post("/api/v1/households/" + id + "/offline-edits", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("OFFLINE_EDIT_ID_MISSING")
                .contains("OFFLINE_EDIT_DEVICE_MISSING")
                .contains("OFFLINE_EDIT_BASE_MISSING")
                .contains("household.journeyStatus");
        Answer invalid = device.post(
                "/api/v1/households/" + id + "/offline-edits",
                edit(UUID.randomUUID(), 0, Map.of("destinationPcode", "NOWHERE")));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(version(id)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM household_offline_edit WHERE household_id = CAST(:id AS uuid)")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ApiClient client(String username, Role role, String scope) {
        TestUsers.create(users, username, role, PASSWORD, "Test NGO", List.of(ScopeGrant.parse(scope)));
        return new ApiClient(port, username, PASSWORD);
    }

    @SafeVarargs
    private static Map<String, Object> edit(
            UUID clientId, long base, Map<String, Object> household, Map<String, Object>... members) {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("clientId", clientId.toString());
        edit.put("deviceId", "device-" + clientId.toString().substring(0, 4));
        edit.put("baseVersion", base);
        edit.put("household", household);
        edit.put("members", List.of(members));
        return edit;
    }

    private static Map<String, Object> member(String id, Map<String, Object> fields) {
        Map<String, Object> member = new LinkedHashMap<>(fields);
        member.put("individualId", id);
        return member;
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    private static JsonNode lastEvent(JsonNode history, String type) {
        JsonNode found = null;
        for (JsonNode event : history) {
            if (event.path("type").asString().equals(type)) {
                found = event;
            }
        }
        assertThat(found).as("a " + type + " event").isNotNull();
        return found;
    }

    private long version(String id) {
        return jdbc.sql("SELECT version FROM household WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private long openConflicts(String id) {
        return jdbc.sql(
                        "SELECT count(*) FROM household_edit_conflict WHERE household_id = CAST(:id AS uuid) AND resolved_at IS NULL")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private String storedPhone(String individual) {
        return jdbc.sql("SELECT phone FROM individual WHERE id = CAST(:id AS uuid)")
                .param("id", individual)
                .query(String.class)
                .single();
    }
}
