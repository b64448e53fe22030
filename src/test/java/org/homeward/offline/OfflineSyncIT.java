package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A device's outbox reaches the registry once per record, under the references reserved to that device. */
@HomewardTest
class OfflineSyncIT {

    private static final String PASSWORD = "offline sync password";

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void officers() {
        for (String username : List.of("offline.one", "offline.two")) {
            TestUsers.ensure(
                    users, username, Role.REGISTRATION_OFFICER, PASSWORD, null, List.of(ScopeGrant.parse("area:SY02")));
        }
    }

    @Test
    void aRecordSentTwiceAfterALostAnswerCreatesOneHousehold() {
        ApiClient officer = as("offline.one");
        UUID device = registerDevice(officer, "Tablet one");
        String reference = reserve(officer, device, 2).get(0);
        Map<String, Object> record =
                record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Kurdi", "الكردي"));

        JsonNode first = sync(officer, device, record).get(0);
        JsonNode again = sync(officer, device, record).get(0);

        assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("SENT");
        assertThat(first.get("reference").asString()).isEqualTo(reference);
        assertThat(again.get("state").asString()).isEqualTo("SENT");
        assertThat(again.get("householdId").asString())
                .isEqualTo(first.get("householdId").asString());
        assertThat(householdsWithReference(reference)).isEqualTo(1);
        Answer stored =
                officer.get("/api/v1/households/" + first.get("householdId").asString());
        assertThat(stored.json().get("reference").asString()).isEqualTo(reference);
        assertThat(stored.json().get("members")).hasSize(5);
    }

    @Test
    void aRecordChangedOnTheDeviceAfterItWasSentIsAConflictNeverASilentSend() {
        ApiClient officer = as("offline.one");
        UUID device = registerDevice(officer, "Tablet one");
        String reference = reserve(officer, device, 1).get(0);
        UUID clientId = UUID.randomUUID();
        Map<String, Object> record = record(clientId, reference, HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
        JsonNode first = sync(officer, device, record).get(0);
        assertThat(first.get("state").asString()).as(first.toString()).isEqualTo("SENT");
        String householdId = first.get("householdId").asString();

        // The answer was lost; the officer changed the family name on the device and it was saved again.
        Map<String, Object> changed = new HashMap<>(record);
        changed.put("household", HouseholdFixtures.familyOfFive("Al-Hamawi", "الحماوي"));
        changed.put("recordedAt", "2026-12-01T09:30:00.123Z");
        JsonNode again = sync(officer, device, changed).get(0);

        assertThat(again.get("state").asString()).as(again.toString()).isEqualTo("CONFLICT");
        assertThat(again.get("problem").get("code").asString()).isEqualTo("OFFLINE_RECORD_CHANGED_AFTER_SENT");
        assertThat(again.get("problem").get("message").asString()).contains("not applied");
        assertThat(again.get("householdId").asString()).isEqualTo(householdId);
        assertThat(again.get("reference").asString()).isEqualTo(reference);
        assertThat(householdsWithReference(reference)).isEqualTo(1);
        JsonNode stored = officer.get("/api/v1/households/" + householdId).json();
        assertThat(stored.get("members").get(0).get("familyNameLatin").asString())
                .as("the household is as first sent until the change is made as an edit")
                .isEqualTo("Al-Hamwi");

        // The unchanged record sent once more is still the household it became.
        JsonNode unchanged = sync(officer, device, record).get(0);
        assertThat(unchanged.get("state").asString()).isEqualTo("SENT");
        assertThat(unchanged.get("householdId").asString()).isEqualTo(householdId);
        List<AuditRecord> syncs = audit.query("offline.one", "offline_device", device.toString(), null, null, 20);
        assertThat(syncs)
                .filteredOn(entry -> entry.action().equals("SYNC_OFFLINE_OUTBOX"))
                .anySatisfy(entry -> assertThat(entry.details()).containsEntry("conflicts", 1));
    }

    @Test
    void theSameRecordSentAtOnceFromTwoConnectionsCreatesOneHousehold() throws Exception {
        ApiClient officer = as("offline.one");
        UUID device = registerDevice(officer, "Tablet one");
        List<String> references = reserve(officer, device, 3);
        // The senders race for the record, not for sign-in: a token is checked without a password hash,
        // which the sign-in guard would otherwise ration on a loaded machine (LOGIN_BUSY).
        ApiClient racing = ApiClient.withToken(
                port, officer.post("/api/v1/tokens", "{}").json().get("token").asString());
        for (int attempt = 0; attempt < 3; attempt++) {
            Map<String, Object> record = record(
                    UUID.randomUUID(), references.get(attempt), HouseholdFixtures.familyOfFive("Al-Rifai", "الرفاعي"));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService senders = Executors.newFixedThreadPool(4);
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (int sender = 0; sender < 4; sender++) {
                Callable<JsonNode> send = () -> {
                    start.await();
                    return sync(racing, device, record).get(0);
                };
                answers.add(senders.submit(send));
            }
            start.countDown();
            List<String> households = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                JsonNode result = answer.get();
                assertThat(result.get("state").asString()).as(result.toString()).isEqualTo("SENT");
                households.add(result.get("householdId").asString());
            }
            senders.shutdown();
            assertThat(households)
                    .as("every sender is answered the one household")
                    .containsOnly(households.get(0));
            assertThat(householdsWithReference(references.get(attempt))).isEqualTo(1);
        }
    }

    @Test
    void aRefusedRecordSaysWhyLeavesNothingAndGoesThroughOnceFixed() {
        ApiClient officer = as("offline.one");
        UUID device = registerDevice(officer, "Tablet one");
        String reference = reserve(officer, device, 1).get(0);
        UUID clientId = UUID.randomUUID();
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Sayed", "السيد"));
        List<Map<String, Object>> members = new ArrayList<>();
        members.add(new HashMap<>(HouseholdFixtures.member(
                "PRINCIPAL",
                "سمير",
                "Samir",
                "خالد",
                "Khaled",
                "السيد",
                "Al-Sayed",
                "M",
                "2090-01-01",
                null,
                List.of())));
        household.put("members", members);

        JsonNode refused =
                sync(officer, device, record(clientId, reference, household)).get(0);

        assertThat(refused.get("state").asString()).as(refused.toString()).isEqualTo("REFUSED");
        assertThat(refused.get("problem").get("code").asString()).isNotBlank();
        assertThat(refused.get("problem").get("field").asString()).contains("birthDate");
        assertThat(refused.has("householdId") && !refused.get("householdId").isNull())
                .isFalse();
        assertThat(householdsWithReference(reference)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM offline_submission WHERE client_id = :id")
                        .param("id", clientId)
                        .query(Long.class)
                        .single())
                .isZero();

        members.get(0).put("birthDate", "1990-01-01");
        JsonNode fixed =
                sync(officer, device, record(clientId, reference, household)).get(0);
        assertThat(fixed.get("state").asString()).as(fixed.toString()).isEqualTo("SENT");
        assertThat(householdsWithReference(reference)).isEqualTo(1);
    }

    @Test
    void consentAskedOnTheDeviceIsRecordedWithTheHouseholdAndBadConsentRefusesTheWholeRecord() {
        ApiClient officer = as("offline.one");
        UUID device = registerDevice(officer, "Tablet one");
        List<String> held = reserve(officer, device, 2);
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Masri", "المصري"));
        household.put("consent", Map.of("purposes", List.of("NOTHING_LIKE_A_PURPOSE"), "method", "VERBAL"));
        UUID refusedId = UUID.randomUUID();

        JsonNode refused =
                sync(officer, device, record(refusedId, held.get(0), household)).get(0);

        assertThat(refused.get("state").asString()).as(refused.toString()).isEqualTo("REFUSED");
        assertThat(refused.get("problem").get("field").asString()).startsWith("consent.");
        assertThat(householdsWithReference(held.get(0))).isZero();

        household.put(
                "consent",
                Map.of(
                        "purposes",
                        List.of("REGISTRATION"),
                        "partners",
                        List.of(),
                        "givenBy",
                        "Principal",
                        "method",
                        "VERBAL"));
        JsonNode sent = sync(officer, device, record(UUID.randomUUID(), held.get(1), household))
                .get(0);

        assertThat(sent.get("state").asString()).as(sent.toString()).isEqualTo("SENT");
        assertThat(jdbc.sql("""
                        SELECT array_to_string(consent_purposes, ',') || '/' || consent_method FROM household
                        WHERE reference = :reference AND consent_recorded_at IS NOT NULL""")
                        .param("reference", held.get(1))
                        .query(String.class)
                        .single())
                .isEqualTo("REGISTRATION/VERBAL");
    }

    @Test
    void aReservedReferenceServesOnlyItsOwnDevice() {
        ApiClient one = as("offline.one");
        ApiClient two = as("offline.two");
        UUID deviceOfOne = registerDevice(one, "Tablet one");
        UUID deviceOfTwo = registerDevice(two, "Tablet two");
        String reference = reserve(one, deviceOfOne, 1).get(0);

        JsonNode stolen = sync(
                        two,
                        deviceOfTwo,
                        record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي")))
                .get(0);
        Answer reserveForOther = two.post("/api/v1/offline/devices/" + deviceOfOne + "/references", Map.of("count", 1));
        Answer syncAsOther =
                two.post("/api/v1/offline/sync", Map.of("deviceId", deviceOfOne.toString(), "records", List.of()));

        assertThat(stolen.get("state").asString()).isEqualTo("REFUSED");
        assertThat(stolen.get("problem").get("code").asString()).isEqualTo("OFFLINE_REFERENCE_NOT_RESERVED");
        assertThat(householdsWithReference(reference)).isZero();
        assertThat(reserveForOther.status()).isEqualTo(404);
        assertThat(syncAsOther.status()).isEqualTo(404);
        assertThat(syncAsOther.json().get("code").asString()).isEqualTo("OFFLINE_DEVICE_UNKNOWN");
        JsonNode own = sync(
                        one,
                        deviceOfOne,
                        record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي")))
                .get(0);
        assertThat(own.get("state").asString()).isEqualTo("SENT");
        JsonNode reused = sync(
                        one,
                        deviceOfOne,
                        record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي")))
                .get(0);
        assertThat(reused.get("state").asString()).isEqualTo("CONFLICT");
        assertThat(reused.get("problem").get("code").asString()).isEqualTo("OFFLINE_REFERENCE_ALREADY_USED");
    }

    @Test
    void anExpiredReferenceIsRefusedAndNeverHandedOutAgain() {
        ApiClient officer = as("offline.one");
        UUID device = registerDevice(officer, "Tablet expiring");
        List<String> references = reserve(officer, device, 2);
        assertThat(references).allSatisfy(reference -> assertThat(reference).matches("HW-[0-9A-Z]{10}"));
        // The reservation's time has passed: its expiry is moved into the past rather than waiting for it.
        jdbc.sql(
                        "UPDATE offline_reserved_reference SET expires_at = now() - interval '1 minute' WHERE reference = :reference")
                .param("reference", references.get(0))
                .update();

        JsonNode late = sync(
                        officer,
                        device,
                        record(
                                UUID.randomUUID(),
                                references.get(0),
                                HouseholdFixtures.familyOfFive("Al-Attar", "العطار")))
                .get(0);
        List<String> more = reserve(officer, device, 5);

        assertThat(late.get("state").asString()).isEqualTo("REFUSED");
        assertThat(late.get("problem").get("code").asString()).isEqualTo("OFFLINE_REFERENCE_EXPIRED");
        assertThat(more).hasSize(5).doesNotContain(references.get(0), references.get(1));
        assertThat(householdsWithReference(references.get(0))).isZero();
    }

    @Test
    void everySyncIsAuditedWithCountsAndNoPersonalData() {
        ApiClient officer = as("offline.two");
        UUID device = registerDevice(officer, "Tablet audited");
        String reference = reserve(officer, device, 1).get(0);
        Map<String, Object> sent =
                record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Naqshbandi", "النقشبندي"));
        Map<String, Object> refused = record(
                UUID.randomUUID(), "HW-0000000000", HouseholdFixtures.familyOfFive("Al-Naqshbandi", "النقشبندي"));
        Answer answer = officer.post(
                "/api/v1/offline/sync",
                Map.of(
                        "deviceId",
                        device.toString(),
                        "records",
                        List.of(sent, refused),
                        "outbox",
                        Map.of("waiting", 0, "refused", 1)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);

        List<AuditRecord> syncs =
                audit.query("offline.two", "offline_device", device.toString(), null, null, 20).stream()
                        .filter(entry -> entry.action().equals("SYNC_OFFLINE_OUTBOX"))
                        .toList();
        assertThat(syncs).hasSize(1);
        assertThat(syncs.get(0).details())
                .containsEntry("records", 2)
                .containsEntry("sent", 1)
                .containsEntry("refused", 1);
        assertThat(String.valueOf(syncs.get(0).details()))
                .doesNotContain("Naqshbandi", "النقشبندي", "Mohammad", "0944");
        assertThat(jdbc.sql("SELECT refused_count FROM offline_device WHERE device_id = :device")
                        .param("device", device)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theOutboxSecretIsTheDevicesOwnStableAndNotInTheDatabase() {
        ApiClient one = as("offline.one");
        UUID device = registerDevice(one, "Tablet one");
        UUID other = registerDevice(one, "Tablet spare");

        Answer first = one.post("/api/v1/offline/devices/" + device + "/unlock", Map.of());
        Answer again = one.post("/api/v1/offline/devices/" + device + "/unlock", Map.of());
        Answer ofOther = one.post("/api/v1/offline/devices/" + other + "/unlock", Map.of());
        Answer byAnotherOfficer = as("offline.two").post("/api/v1/offline/devices/" + device + "/unlock", Map.of());

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("idleLockSeconds").asLong()).isPositive();
        byte[] secret = Base64.getDecoder().decode(first.json().get("secret").asString());
        assertThat(secret).hasSize(32);
        assertThat(again.json().get("secret").asString())
                .isEqualTo(first.json().get("secret").asString());
        assertThat(ofOther.json().get("secret").asString())
                .isNotEqualTo(first.json().get("secret").asString());
        assertThat(byAnotherOfficer.status()).isEqualTo(404);
        byte[] stored = jdbc.sql("SELECT outbox_salt FROM offline_device WHERE device_id = :device")
                .param("device", device)
                .query(byte[].class)
                .single();
        assertThat(stored).isNotEqualTo(secret);
        assertThat(audit.query("offline.one", "offline_device", device.toString(), null, null, 20))
                .filteredOn(entry -> entry.action().equals("UNLOCK_OFFLINE_OUTBOX"))
                .hasSize(2);
    }

    @Test
    void supervisorsSeeEachDeviceWithWhatItLastReportedWaiting() throws Exception {
        TestUsers.ensure(users, "offline.supervisor", Role.COORDINATOR, PASSWORD, null);
        ApiClient officer = as("offline.two");
        UUID device = registerDevice(officer, "Tablet at Nasib");
        reserve(officer, device, 4);
        Answer reported = officer.post(
                "/api/v1/offline/sync",
                Map.of(
                        "deviceId",
                        device.toString(),
                        "records",
                        List.of(),
                        "outbox",
                        Map.of("waiting", 3, "refused", 2, "oldestWaitingAt", "2026-11-30T08:15:00Z")));
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);

        String page = org.homeward.PageSession.signIn(port, "offline.supervisor", PASSWORD)
                .get("/offline/devices")
                .body();
        int row = page.indexOf("data-device=\"" + device + "\"");
        assertThat(row).as("the device's row").isPositive();
        String cells = page.substring(row, page.indexOf("</tr>", row));
        assertThat(cells).contains("Tablet at Nasib", "offline.two", "2026-11-30", ">3<", ">2<", ">4<");
        assertThat(org.homeward.PageSession.signIn(port, "offline.two", PASSWORD)
                        .get("/offline/devices")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDevicesPageListsOnlyTheDevicesOfOfficersWithinTheSupervisorsScope() throws Exception {
        TestUsers.ensure(
                users,
                "offline.far",
                Role.REGISTRATION_OFFICER,
                PASSWORD,
                null,
                List.of(ScopeGrant.parse("area:SY05")));
        TestUsers.ensure(
                users, "offline.regional", Role.COORDINATOR, PASSWORD, null, List.of(ScopeGrant.parse("area:SY02")));
        TestUsers.ensure(users, "offline.national", Role.COORDINATOR, PASSWORD, null);
        UUID near = registerDevice(as("offline.one"), "Tablet near");
        UUID far = registerDevice(as("offline.far"), "Tablet far");

        String regional = org.homeward.PageSession.signIn(port, "offline.regional", PASSWORD)
                .get("/offline/devices")
                .body();
        String national = org.homeward.PageSession.signIn(port, "offline.national", PASSWORD)
                .get("/offline/devices")
                .body();

        assertThat(regional).contains("data-device=\"" + near + "\"").doesNotContain("data-device=\"" + far + "\"");
        assertThat(regional).doesNotContain("offline.far");
        assertThat(national).contains("data-device=\"" + near + "\"", "data-device=\"" + far + "\"");
    }

    @Test
    void twoOfflineRecordsOfOnePersonFromTwoDevicesMeetInTheReviewQueue() throws Exception {
        waitForTheDuplicateIndex();
        ApiClient one = as("offline.one");
        ApiClient two = as("offline.two");
        UUID deviceOfOne = registerDevice(one, "Tablet one");
        UUID deviceOfTwo = registerDevice(two, "Tablet two");
        Map<String, Object> typedOnce = HouseholdFixtures.atMasnaaForAleppo(List.of(HouseholdFixtures.member(
                "PRINCIPAL",
                "عبد الرحمن",
                "Abdulrahman",
                "يوسف",
                "Yousef",
                "الزعبي",
                "Al-Zoubi",
                "M",
                "1984-06-02",
                null,
                List.of())));
        Map<String, Object> typedAgain = HouseholdFixtures.atMasnaaForAleppo(List.of(HouseholdFixtures.member(
                "PRINCIPAL",
                null,
                "Abd al-Rahman",
                null,
                "Youssef",
                null,
                "Zoubi",
                "M",
                "1984-06-02",
                null,
                List.of())));

        JsonNode first = sync(
                        one,
                        deviceOfOne,
                        record(UUID.randomUUID(), reserve(one, deviceOfOne, 1).get(0), typedOnce))
                .get(0);
        JsonNode second = sync(
                        two,
                        deviceOfTwo,
                        record(UUID.randomUUID(), reserve(two, deviceOfTwo, 1).get(0), typedAgain))
                .get(0);

        assertThat(first.get("state").asString()).isEqualTo("SENT");
        assertThat(second.get("state").asString()).isEqualTo("SENT");
        long pairs = jdbc.sql("""
                        SELECT count(*) FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN individual b ON b.id = c.second_id
                        WHERE c.status = 'OPEN' AND ((a.household_id = :one AND b.household_id = :two)
                           OR (a.household_id = :two AND b.household_id = :one))""")
                .param("one", UUID.fromString(first.get("householdId").asString()))
                .param("two", UUID.fromString(second.get("householdId").asString()))
                .query(Long.class)
                .single();
        assertThat(pairs).isEqualTo(1);
    }

    private void waitForTheDuplicateIndex() throws InterruptedException {
        Map<String, Object> probe = Map.of(
                "members",
                List.of(HouseholdFixtures.member(
                        "PRINCIPAL", null, "Probe", null, null, null, "Probe", "M", "1990", null, List.of())));
        for (int attempt = 0; attempt < 600; attempt++) {
            Answer answer = as("offline.one").post("/api/v1/households/likely-duplicates", probe);
            if (answer.status() == 200 && answer.json().get("ready").asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the duplicate index was never built");
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    private long householdsWithReference(String reference) {
        return jdbc.sql("SELECT count(*) FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    static String signingKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return Base64.getEncoder()
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded());
    }

    private UUID registerDevice(ApiClient officer, String label) {
        UUID device = UUID.randomUUID();
        try {
            Answer answer = officer.post(
                    "/api/v1/offline/devices",
                    Map.of("deviceId", device.toString(), "label", label, "signingPublicKey", signingKey()));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            Answer again = officer.post(
                    "/api/v1/offline/devices",
                    Map.of("deviceId", device.toString(), "label", label, "signingPublicKey", signingKey()));
            assertThat(again.json().get("registeredAt").asString())
                    .isEqualTo(answer.json().get("registeredAt").asString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return device;
    }

    private List<String> reserve(ApiClient officer, UUID device, int count) {
        Answer answer = officer.post("/api/v1/offline/devices/" + device + "/references", Map.of("count", count));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        answer.json()
                .get("references")
                .forEach(reference -> references.add(reference.get("reference").asString()));
        return references;
    }

    private static Map<String, Object> record(UUID clientId, String reference, Map<String, Object> household) {
        return Map.of(
                "clientId",
                clientId.toString(),
                "reservedReference",
                reference,
                "household",
                household,
                "recordedAt",
                "2026-12-01T09:00:00Z");
    }

    private static JsonNode sync(ApiClient officer, UUID device, Map<String, Object> record) {
        Answer answer =
                officer.post("/api/v1/offline/sync", Map.of("deviceId", device.toString(), "records", List.of(record)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("results");
    }
}
