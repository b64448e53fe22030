package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Sharing a manifest with an authority: an administrator records the agreement, a coordinator
 * exports, and what leaves is exactly the agreed fields of the travelling people — no withdrawal
 * reason, no stays-behind reason, no phone, nobody who withdrew — and only while the agreement
 * holds. Every export is in the audit trail with the recipient and counts.
 */
@HomewardTest
class SharingExportIT {

    @Autowired
    WebApplicationContext context;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    SharingAgreements agreements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    MockMvc mvc;
    PrintedMovement movement;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        movement = PrintedMovement.create(jdbc, households, householdQueries, "SY010000", "Sx");
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, String username, String role) throws Exception {
        return mvc.perform(request.with(user(username).roles(role))).andReturn();
    }

    private UUID recordByForm(String recipient, LocalDate from, LocalDate to, String... fields) throws Exception {
        MvcResult answer = perform(
                post("/sharing-agreements")
                        .with(csrf())
                        .param("recipient", recipient)
                        .param("recipientKind", "BORDER_AUTHORITY")
                        .param("purpose", "Checking who crosses at Jdeidet Yabous")
                        .param("fields", fields)
                        .param("validFrom", from.toString())
                        .param("validTo", to.toString()),
                "sharing.admin",
                "ADMIN");
        assertThat(answer.getResponse().getStatus())
                .as(answer.getResponse().getContentAsString())
                .isEqualTo(302);
        return agreements.all().stream()
                .filter(agreement -> agreement.recipient().equals(recipient))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aCsvExportCarriesOnlyTheAgreedFieldsOfTheTravellersAndIsAudited() throws Exception {
        String recipient = "Border authority " + UUID.randomUUID().toString().substring(0, 6);
        UUID agreement = recordByForm(
                recipient,
                LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(30),
                "REFERENCE",
                "NAME_ARABIC",
                "NAME_LATIN",
                "DOCUMENT_NUMBER",
                "VEHICLE");

        MvcResult answer = perform(
                get("/movements/" + movement.id + "/sharing/" + agreement + ".csv"),
                "sharing.coordinator",
                "COORDINATOR");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        String text =
                new String(answer.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).toList())
                .containsExactly(
                        "Reference", "Name (Arabic script)", "Name (Latin script)", "Document number", "Vehicle");
        List<Individual> travelling = movement.travelling.stream()
                .flatMap(household -> household.members().stream())
                .filter(person -> !person.givenNameLatin().equals(movement.staysBehind.givenNameLatin()))
                .toList();
        assertThat(records).hasSize(1 + travelling.size());
        for (Individual person : travelling) {
            assertThat(records)
                    .anySatisfy(row -> assertThat(row.toList())
                            .contains(person.displayNameArabic(), person.displayNameLatin(), person.documentNumber()));
        }
        Household withdrawn = movement.withdrawn;
        assertThat(text)
                .doesNotContain(
                        withdrawn.reference(),
                        withdrawn.principal().displayNameLatin(),
                        "changed her mind",
                        "WITHDRAWN",
                        "in hospital",
                        movement.travelling.get(0).members().get(2).displayNameLatin());
        for (Individual person : travelling) {
            if (person.phone() != null) {
                assertThat(text.replace(" ", "")).doesNotContain(person.phone().replace(" ", ""));
            }
            assertThat(text).doesNotContain(person.birthDate().format());
        }
        AuditRecord entry = audit.query("sharing.coordinator", "movement", movement.id.toString(), null, null, 5)
                .get(0);
        assertThat(entry.action()).isEqualTo("SHARE_MANIFEST");
        assertThat(entry.details())
                .containsEntry("recipient", recipient)
                .containsEntry("persons", travelling.size())
                .containsEntry("format", "CSV");
        assertThat(audit.query(
                        null, "household", movement.travelling.get(0).id().toString(), null, null, 20))
                .extracting(AuditRecord::action)
                .contains("SHARE_MANIFEST");
    }

    @Test
    void anArabicPdfExportHasArabicHeadersAndOnlyTheAgreedFields() throws Exception {
        UUID agreement = recordByForm(
                "سلطة الحدود " + UUID.randomUUID().toString().substring(0, 4),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1),
                "NAME_ARABIC",
                "SEX",
                "BIRTH_YEAR");

        MvcResult csv = perform(
                get("/movements/" + movement.id + "/sharing/" + agreement + ".csv")
                        .param("language", "ar"),
                "sharing.coordinator",
                "COORDINATOR");
        String header = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
                .lines()
                .findFirst()
                .orElseThrow()
                .replace("\uFEFF", "");
        assertThat(header).isEqualTo("الاسم (بالحروف العربية),الجنس,سنة الولادة");

        MvcResult answer = perform(
                get("/movements/" + movement.id + "/sharing/" + agreement + ".pdf")
                        .param("language", "ar"),
                "sharing.coordinator",
                "COORDINATOR");
        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        byte[] pdf = answer.getResponse().getContentAsByteArray();
        Path file = PdfFiles.save(pdf, "shared-manifest-ar.pdf");
        PdfFiles.firstPage(file, 100);
        for (String text : List.of(PdfFiles.popplerText(file), PdfFiles.pdfboxText(pdf))) {
            // PDFBox mirrors parentheses in right-to-left text: the header is checked without them.
            assertThat(text).contains("بالحروف العربية", "سنة الولادة", "1979");
            for (Household household : movement.travelling) {
                assertThat(text).contains(household.principal().displayNameArabic());
                assertThat(text)
                        .doesNotContain(
                                household.reference(),
                                household.principal().displayNameLatin(),
                                household.principal().documentNumber());
            }
            assertThat(text)
                    .doesNotContain(
                            "changed her mind",
                            "in hospital",
                            movement.withdrawn.principal().displayNameArabic());
        }
    }

    @Test
    void withoutACurrentAgreementNothingLeavesAndNothingIsAudited() throws Exception {
        UUID lapsed = recordByForm(
                "Lapsed authority " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().minusDays(30),
                LocalDate.now().minusDays(2),
                "REFERENCE");
        long before = audit.size();

        MvcResult refused = perform(
                get("/movements/" + movement.id + "/sharing/" + lapsed + ".csv"), "sharing.coordinator", "COORDINATOR");
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString())
                .contains("SHARING_AGREEMENT_NOT_CURRENT")
                .doesNotContain(movement.travelling.get(0).reference());
        assertThat(perform(
                                get("/movements/" + movement.id + "/sharing/" + UUID.randomUUID() + ".pdf"),
                                "sharing.coordinator",
                                "COORDINATOR")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(audit.query(null, "movement", movement.id.toString(), null, null, 10))
                .noneMatch(entry -> entry.id() > before && entry.action().equals("SHARE_MANIFEST"));
        UUID current = recordByForm(
                "Current authority " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(1),
                "REFERENCE");
        for (String role : List.of("REGISTRATION_OFFICER", "RECEPTION_MANAGER", "ANALYST")) {
            assertThat(perform(get("/movements/" + movement.id + "/sharing/" + current + ".csv"), "sharing.other", role)
                            .getResponse()
                            .getStatus())
                    .as(role)
                    .isEqualTo(403);
        }
        assertThat(perform(
                                get("/movements/" + movement.id + "/sharing/" + current + ".csv")
                                        .param("language", "fr"),
                                "sharing.coordinator",
                                "COORDINATOR")
                        .getResponse()
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void onlyAnAdministratorRecordsAndNeverAFieldThatMustNotLeave() throws Exception {
        int before = agreements.all().size();
        MvcResult coordinator = perform(
                post("/sharing-agreements")
                        .with(csrf())
                        .param("recipient", "Somebody")
                        .param("recipientKind", "BORDER_AUTHORITY")
                        .param("purpose", "Anything at all")
                        .param("fields", "REFERENCE")
                        .param("validFrom", "2026-01-01")
                        .param("validTo", "2026-12-31"),
                "sharing.coordinator",
                "COORDINATOR");
        assertThat(coordinator.getResponse().getStatus()).isEqualTo(403);

        MvcResult refused = perform(
                post("/sharing-agreements")
                        .with(csrf())
                        .param("recipient", "Border authority")
                        .param("recipientKind", "BORDER_AUTHORITY")
                        .param("purpose", "Checking who crosses")
                        .param("fields", "REFERENCE", "WITHDRAWAL_REASON", "PROTECTION_NOTE", "COERCION_FLAG")
                        .param("validFrom", "2026-01-01")
                        .param("validTo", "2025-12-31"),
                "sharing.admin",
                "ADMIN");
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString())
                .contains("this never leaves Homeward", "the agreement cannot end before it starts");
        assertThat(agreements.all()).hasSize(before);
        assertThatThrownBy(() -> agreements.record(
                        new SharingAgreementRequest(
                                "Authority",
                                "BORDER_AUTHORITY",
                                "A purpose",
                                List.of("coercion-flag"),
                                "2026-01-01",
                                "2026-02-01"),
                        "test"))
                .isInstanceOf(InvalidSharingAgreementException.class)
                .satisfies(problem -> assertThat(((InvalidSharingAgreementException) problem).fieldProblems())
                        .extracting(p -> p.code().name())
                        .containsExactly("FIELD_NEVER_SHARED"));

        assertThat(Arrays.stream(SharingField.values()).map(Enum::name))
                .noneMatch(name -> name.contains("PROTECTION")
                        || name.contains("COERCION")
                        || name.contains("WITHDRAWAL")
                        || name.contains("PHONE")
                        || name.contains("NEED"));
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO sharing_agreement (id, recipient, recipient_kind, purpose, fields, valid_from, valid_to,
                            recorded_by, recorded_at)
                        VALUES (gen_random_uuid(), 'Direct', 'BORDER_AUTHORITY', 'Around the code',
                            ARRAY['REFERENCE', 'WITHDRAWAL_REASON'], current_date, current_date, 'test', now())""").update()).hasMessageContaining("sharing_agreement_fields_check");
        SharingAgreement any = agreements.record(
                new SharingAgreementRequest(
                        "Kept as agreed",
                        "DESTINATION_AUTHORITY",
                        "Reception planning",
                        List.of("REFERENCE"),
                        "2026-01-01",
                        "2026-02-01"),
                "test");
        assertThatThrownBy(
                        () -> jdbc.sql("UPDATE sharing_agreement SET fields = ARRAY['DOCUMENT_NUMBER'] WHERE id = :id")
                                .param("id", any.id())
                                .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void theAgreementsPageAndTheMovementsSharingPageShowInBothLanguages() throws Exception {
        recordByForm(
                "Page authority", LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), "REFERENCE", "VEHICLE");

        String english = perform(get("/sharing-agreements").param("lang", "en"), "sharing.coordinator", "COORDINATOR")
                .getResponse()
                .getContentAsString();
        String arabic = perform(get("/sharing-agreements").param("lang", "ar"), "sharing.admin", "ADMIN")
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("Sharing agreements", "Page authority", "Vehicle")
                .doesNotContain("new-agreement");
        assertThat(arabic).contains("اتفاقات تبادل البيانات", "dir=\"rtl\"", "new-agreement", "المركبة");
        String exports = perform(get("/movements/" + movement.id + "/sharing"), "sharing.coordinator", "COORDINATOR")
                .getResponse()
                .getContentAsString();
        assertThat(exports)
                .contains("Page authority", "/movements/" + movement.id + "/sharing/", "manifest.pdf")
                .doesNotContain(movement.travelling.get(0).principal().displayNameLatin());
    }
}
