package org.homeward.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardApplication;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An outbox carried on a stick: a bundle made as a device makes it is imported by the command and by the
 * page, each record once however often it arrives; a bundle changed, signed by another device or made for
 * another server writes nothing.
 */
@HomewardTest
class OfflineBundleIT {

    private static final String PASSWORD = "offline bundle password";
    private static final String OFFICER = "bundle.officer";
    private static final String OTHER_OFFICER = "bundle.other";
    private static final String SUPERVISOR = "bundle.supervisor";
    private static final Path FILES = Path.of("target/bundles");

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfflineBundleImport bundles;

    @Autowired
    WebApplicationContext context;

    @LocalServerPort
    int port;

    @BeforeEach
    void people() throws Exception {
        create(OFFICER, Role.REGISTRATION_OFFICER, "area:SY02");
        create(OTHER_OFFICER, Role.REGISTRATION_OFFICER, "area:SY02");
        create(SUPERVISOR, Role.COORDINATOR, null);
        Files.createDirectories(FILES);
    }

    private void create(String username, Role role, String scope) {
        if (scope == null) {
            TestUsers.ensure(users, username, role, PASSWORD, null);
        } else {
            TestUsers.ensure(users, username, role, PASSWORD, null, List.of(ScopeGrant.parse(scope)));
        }
    }

    @Test
    void aBundleImportedTwiceByTheCommandCreatesEachHouseholdOnceAndALaterSyncNothingMore() throws Exception {
        Device device = device(OFFICER);
        List<String> references = reserve(device, 2);
        Map<String, Object> first =
                record(UUID.randomUUID(), references.get(0), HouseholdFixtures.familyOfFive("Al-Hourani", "الحوراني"));
        Map<String, Object> second =
                record(UUID.randomUUID(), references.get(1), HouseholdFixtures.familyOfFive("Al-Zoubi", "الزعبي"));
        Path file = FILES.resolve("round-trip-" + UUID.randomUUID() + ".hwb");
        Files.write(file, bundle(device, List.of(first, second)));

        Command once = importWithCommand(file);
        Command twice = importWithCommand(file);

        assertThat(once.exitCode()).as(once.output()).isZero();
        assertThat(once.output())
                .contains("created 2, already present 0, refused 0, conflict 0")
                .doesNotContain("Hourani", "الحوراني", "Zoubi");
        assertThat(twice.exitCode()).as(twice.output()).isZero();
        assertThat(twice.output()).contains("created 0, already present 2, refused 0, conflict 0");
        assertThat(householdsWithReference(references.get(0))).isEqualTo(1);
        assertThat(householdsWithReference(references.get(1))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT registered_by FROM household WHERE reference = :reference")
                        .param("reference", references.get(0))
                        .query(String.class)
                        .single())
                .isEqualTo(OFFICER);

        Answer synced = device.officer()
                .post("/api/v1/offline/sync", Map.of("deviceId", device.id().toString(), "records", List.of(first)));
        assertThat(synced.status()).as(synced.body()).isEqualTo(200);
        assertThat(synced.json().get("results").get(0).get("state").asString()).isEqualTo("SENT");
        assertThat(householdsWithReference(references.get(0))).isEqualTo(1);

        List<AuditRecord> imports = audit
                .query(null, "offline_device", device.id().toString(), null, null, 50)
                .stream()
                .filter(entry -> entry.action().equals("IMPORT_OFFLINE_BUNDLE"))
                .toList();
        assertThat(imports).hasSize(2);
        assertThat(imports)
                .anySatisfy(entry ->
                        assertThat(entry.details()).containsEntry("created", 2).containsEntry("officer", OFFICER));
        assertThat(audit.query(null, "offline_device", device.id().toString(), null, null, 50))
                .filteredOn(entry -> entry.action().equals("IMPORT_OFFLINE_BUNDLE_RECORD"))
                .hasSize(4)
                .allSatisfy(entry -> assertThat(String.valueOf(entry.details())).doesNotContain("Hourani", "الحوراني"));
    }

    @Test
    void aBundleCarriesEditsOfKeptHouseholdsThroughTheSameMergeAsASyncAndAppliesEachOnce() throws Exception {
        Device device = device(OFFICER);
        Answer registered = device.officer().post("/api/v1/households", HouseholdFixtures.laylaAndSami());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().path("id").asString();
        String reference = registered.json().path("reference").asString();
        String principal = registered.json().path("members").get(0).path("id").asString();
        String maskedPhone =
                registered.json().path("members").get(0).path("phone").asString();
        // Online, meanwhile: a colleague corrects the principal's Latin given name (version 0 -> 1).
        Answer online = new ApiClient(port, OTHER_OFFICER, PASSWORD)
                .put(
                        "/api/v1/households/" + id + "/members/" + principal,
                        Map.of(
                                "version",
                                0,
                                "member",
                                HouseholdFixtures.person(
                                        "PRINCIPAL", "ليلى", "Leila", "الكردي", "Offkurdi", "F", "1980", maskedPhone),
                                "reason",
                                "spelling on the ID"));
        assertThat(online.status()).as(online.body()).isEqualTo(200);
        // On the device, from version 0: the site (nobody else touched it) and the same name spelled otherwise.
        UUID clientId = UUID.randomUUID();
        Map<String, Object> edit = bundleEdit(
                clientId,
                id,
                0,
                Map.of("registrationSite", "Mobile team Daraa"),
                Map.of("individualId", principal, "givenNameLatin", "Laila"));
        Map<String, Object> unknown = bundleEdit(
                UUID.randomUUID(),
                UUID.randomUUID().toString(),
                0,
                Map.of("registrationSite", "Mobile team Daraa"),
                Map.of("individualId", principal, "givenNameLatin", "Laila"));
        Path file = FILES.resolve("edits-" + UUID.randomUUID() + ".hwb");
        Files.write(file, bundle(device, List.of(), List.of(edit, unknown)));

        Command once = importWithCommand(file);

        assertThat(once.exitCode()).as(once.output()).isEqualTo(3);
        assertThat(once.output())
                .contains(
                        "edits: applied 0, partly applied with conflicts 1, conflict 0, refused 1, already received 0")
                .contains("HOUSEHOLD_NOT_FOUND")
                .contains(reference)
                .doesNotContain("Laila", "Leila", "Layla", "ليلى");
        assertThat(column(id, "registration_site", "household")).isEqualTo("Mobile team Daraa");
        assertThat(principalGivenName(id))
                .as("their value stays until a supervisor decides")
                .isEqualTo("Leila");
        assertThat(version(id)).isEqualTo(2);
        assertThat(openConflicts(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT submitted_by FROM household_offline_edit WHERE client_id = :client")
                        .param("client", clientId)
                        .query(String.class)
                        .single())
                .as("the edit is the device's officer's, whoever imports the bundle")
                .isEqualTo(OFFICER);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        MvcResult page = mvc.perform(multipart("/offline/bundles")
                        .file(new MockMultipartFile(
                                "file",
                                "homeward-bundle-2026-12-07.hwb",
                                "application/octet-stream",
                                Files.readAllBytes(file)))
                        .with(csrf())
                        .with(user(SUPERVISOR).roles("COORDINATOR")))
                .andReturn();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("id=\"edits-already_received\">1<", "id=\"edits-refused\">1<", reference)
                .contains("data-result=\"ALREADY_RECEIVED\"")
                .doesNotContain("Laila", "Leila", "Layla");
        assertThat(version(id)).as("imported again: nothing applied twice").isEqualTo(2);
        assertThat(openConflicts(id)).isEqualTo(1);

        // The device, back online later, sends the same edit: the first answer, nothing changed.
        Map<String, Object> synced = new LinkedHashMap<>(edit);
        synced.remove("householdId");
        synced.put("deviceId", device.id().toString());
        Answer resent = device.officer().post("/api/v1/households/" + id + "/offline-edits", synced);
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().path("state").asString()).isEqualTo("PARTLY_APPLIED_WITH_CONFLICTS");
        assertThat(version(id)).isEqualTo(2);
        assertThat(audit.query(null, "offline_device", device.id().toString(), null, null, 50))
                .filteredOn(entry -> entry.action().equals("IMPORT_OFFLINE_BUNDLE_RECORD"))
                .hasSize(4)
                .allSatisfy(entry -> assertThat(entry.details()).containsEntry("kind", "edit"));
    }

    @Test
    void theImportPageShowsWhatBecameOfEachRecordAndIsForSupervisorsOnly() throws Exception {
        Device device = device(OFFICER);
        String reference = reserve(device, 1).get(0);
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Masri", "المصري"));
        List<Map<String, Object>> bornLater = new ArrayList<>();
        bornLater.add(HouseholdFixtures.member(
                "PRINCIPAL",
                "سمير",
                "Samir",
                "خالد",
                "Khaled",
                "المصري",
                "Al-Masri",
                "M",
                "2090-01-01",
                null,
                List.of()));
        household.put("members", bornLater);
        byte[] file = bundle(
                device,
                List.of(
                        record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Masri", "المصري")),
                        record(UUID.randomUUID(), "HW-0000000000", household)));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        MockMultipartFile upload =
                new MockMultipartFile("file", "homeward-bundle-2026-12-06.hwb", "application/octet-stream", file);

        MvcResult officer = mvc.perform(multipart("/offline/bundles")
                        .file(upload)
                        .with(csrf())
                        .with(user(OFFICER).roles("REGISTRATION_OFFICER")))
                .andReturn();
        assertThat(officer.getResponse().getStatus()).isEqualTo(403);
        assertThat(householdsWithReference(reference)).isZero();

        MvcResult page = mvc.perform(multipart("/offline/bundles")
                        .file(upload)
                        .with(csrf())
                        .with(user(SUPERVISOR).roles("COORDINATOR")))
                .andReturn();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html)
                .contains(
                        "id=\"count-created\">1<",
                        "id=\"count-refused\">1<",
                        reference,
                        "data-outcome=\"CREATED\"",
                        "data-outcome=\"REFUSED\"");
        assertThat(html).doesNotContain("Samir", "سمير", "Al-Masri");
        assertThat(householdsWithReference(reference)).isEqualTo(1);

        MvcResult withoutToken = mvc.perform(multipart("/offline/bundles")
                        .file(upload)
                        .with(user(SUPERVISOR).roles("COORDINATOR")))
                .andReturn();
        assertThat(withoutToken.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aBundleWithOneByteChangedIsRefusedAndWritesNothing() throws Exception {
        Device device = device(OFFICER);
        String reference = reserve(device, 1).get(0);
        byte[] file = bundle(
                device,
                List.of(record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Halabi", "الحلبي"))));
        long households = count("household");
        long submissions = count("offline_submission");

        String text = new String(file, StandardCharsets.US_ASCII);
        for (String field : List.of("\"header\":\"", "\"ciphertext\":\"", "\"signature\":\"")) {
            byte[] changed = file.clone();
            int at = text.indexOf(field) + field.length() + 20;
            changed[at] = (byte) (changed[at] == 'A' ? 'B' : 'A');
            assertThatThrownBy(() -> bundles.importBundle(changed, "test"))
                    .as(field)
                    .isInstanceOfSatisfying(
                            BundleRefusedException.class,
                            refused -> assertThat(refused.code().name())
                                    .isIn("BUNDLE_SIGNATURE_INVALID", "BUNDLE_UNREADABLE"));
        }
        byte[] cutShort = java.util.Arrays.copyOf(file, file.length - 30);
        assertThatThrownBy(() -> bundles.importBundle(cutShort, "test"))
                .isInstanceOfSatisfying(
                        BundleRefusedException.class,
                        refused -> assertThat(refused.code().name()).isEqualTo("BUNDLE_UNREADABLE"));
        Path changedFile = FILES.resolve("changed-" + UUID.randomUUID() + ".hwb");
        byte[] changed = file.clone();
        int inCiphertext = text.indexOf("\"ciphertext\":\"") + 40;
        changed[inCiphertext] = (byte) (changed[inCiphertext] == 'A' ? 'B' : 'A');
        Files.write(changedFile, changed);
        Command refused = importWithCommand(changedFile);

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(4);
        assertThat(refused.output()).contains("Nothing imported: BUNDLE_SIGNATURE_INVALID");
        assertThat(count("household")).isEqualTo(households);
        assertThat(count("offline_submission")).isEqualTo(submissions);
        assertThat(audit.query(null, "offline_device", device.id().toString(), null, null, 50))
                .noneMatch(entry -> entry.action().startsWith("IMPORT_OFFLINE_BUNDLE"));
        assertThat(householdsWithReference(reference)).isZero();
        assertThat(bundles.importBundle(file, "test").created())
                .as("the bundle as the device made it")
                .isEqualTo(1);
    }

    @Test
    void aBundleSignedByAnotherDeviceOrMadeForAnotherServerIsRefused() throws Exception {
        Device device = device(OFFICER);
        Device other = device(OTHER_OFFICER);
        String reference = reserve(device, 1).get(0);
        List<Map<String, Object>> records =
                List.of(record(UUID.randomUUID(), reference, HouseholdFixtures.familyOfFive("Al-Idlibi", "الإدلبي")));
        ServerKey server = serverKey(device.officer());
        KeyPair elsewhere = DeviceBundleWriter.signingKeys();

        byte[] signedByOther = DeviceBundleWriter.write(
                device.id(), OFFICER, other.keys().getPrivate(), server.keyId(), server.publicKey(), records);
        byte[] otherOfficer = DeviceBundleWriter.write(
                device.id(), OTHER_OFFICER, device.keys().getPrivate(), server.keyId(), server.publicKey(), records);
        byte[] otherServer = DeviceBundleWriter.write(
                device.id(),
                OFFICER,
                device.keys().getPrivate(),
                "0123456789abcdef",
                DeviceBundleWriter.publicKey(elsewhere),
                records);
        byte[] tooLarge = new byte[(int) bundles.maximumBytes() + 1];

        assertThat(refusal(signedByOther)).isEqualTo("BUNDLE_SIGNATURE_INVALID");
        assertThat(refusal(otherOfficer)).isEqualTo("BUNDLE_DEVICE_UNKNOWN");
        assertThat(refusal(otherServer)).isEqualTo("BUNDLE_WRONG_SERVER_KEY");
        assertThat(refusal(tooLarge)).isEqualTo("BUNDLE_TOO_LARGE");
        assertThat(refusal("{\"format\":\"something else\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("BUNDLE_UNREADABLE");
        assertThat(householdsWithReference(reference)).isZero();

        byte[] ofDisabledOfficer = bundle(
                other,
                List.of(record(
                        UUID.randomUUID(),
                        reserve(other, 1).get(0),
                        HouseholdFixtures.familyOfFive("Al-Idlibi", "الإدلبي"))));
        users.setEnabled(OTHER_OFFICER, false);
        try {
            assertThat(refusal(ofDisabledOfficer)).isEqualTo("BUNDLE_OFFICER_DISABLED");
        } finally {
            users.setEnabled(OTHER_OFFICER, true);
        }
    }

    private String refusal(byte[] file) {
        try {
            bundles.importBundle(file, "test");
        } catch (BundleRefusedException refused) {
            return refused.code().name();
        }
        throw new AssertionError("the bundle was taken");
    }

    record Device(UUID id, KeyPair keys, ApiClient officer, String username) {}

    record ServerKey(String keyId, String publicKey) {}

    record Command(int exitCode, String output) {}

    private Device device(String username) throws Exception {
        ApiClient officer = new ApiClient(port, username, PASSWORD);
        KeyPair keys = DeviceBundleWriter.signingKeys();
        UUID id = UUID.randomUUID();
        Answer answer = officer.post(
                "/api/v1/offline/devices",
                Map.of(
                        "deviceId",
                        id.toString(),
                        "label",
                        "Stick tablet",
                        "signingPublicKey",
                        DeviceBundleWriter.publicKey(keys)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return new Device(id, keys, officer, username);
    }

    private static List<String> reserve(Device device, int count) {
        Answer answer =
                device.officer().post("/api/v1/offline/devices/" + device.id() + "/references", Map.of("count", count));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        answer.json()
                .get("references")
                .forEach(reserved -> references.add(reserved.get("reference").asString()));
        return references;
    }

    private static ServerKey serverKey(ApiClient officer) {
        Answer answer = officer.get("/api/v1/offline/bundle-key");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return new ServerKey(
                answer.json().get("keyId").asString(),
                answer.json().get("publicKey").asString());
    }

    private static byte[] bundle(Device device, List<Map<String, Object>> records) throws Exception {
        return bundle(device, records, List.of());
    }

    private static byte[] bundle(Device device, List<Map<String, Object>> records, List<Map<String, Object>> edits)
            throws Exception {
        ServerKey server = serverKey(device.officer());
        return DeviceBundleWriter.write(
                device.id(),
                device.username(),
                device.keys().getPrivate(),
                server.keyId(),
                server.publicKey(),
                records,
                edits);
    }

    /** An edit of a kept household as the device puts it in a bundle: only the fields it changed. */
    private static Map<String, Object> bundleEdit(
            UUID clientId, String householdId, long base, Map<String, Object> household, Map<String, Object> member) {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("clientId", clientId.toString());
        edit.put("householdId", householdId);
        edit.put("baseVersion", base);
        edit.put("household", household);
        edit.put("members", List.of(member));
        return edit;
    }

    private static Map<String, Object> record(UUID clientId, String reference, Map<String, Object> household) {
        Map<String, Object> record = new HashMap<>();
        record.put("clientId", clientId.toString());
        record.put("reservedReference", reference);
        record.put("household", household);
        record.put("recordedAt", "2026-12-01T09:00:00Z");
        return record;
    }

    /** Runs {@code homeward import-bundle FILE} against the shared test database, as an operator would. */
    static Command importWithCommand(Path file) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = org.homeward.cli.HomewardCommandLine.run(
                    HomewardApplication.class, "import-bundle", "--data-dir", HomewardTest.DATA_DIR, file.toString());
            return new Command(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private long householdsWithReference(String reference) {
        return jdbc.sql("SELECT count(*) FROM household WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    private String column(String id, String column, String table) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE id = CAST(:id AS uuid)")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String principalGivenName(String household) {
        return jdbc.sql("SELECT given_name_latin FROM individual WHERE household_id = CAST(:id AS uuid) AND principal")
                .param("id", household)
                .query(String.class)
                .single();
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

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
