package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
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
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The printed manifest and registration slips read back as a border officer's or a family's
 * reader would: poppler and PDFBox find every travelling person's Arabic name in logical order and
 * Latin name, nobody who withdrew or stays behind, no phone or document number; the slip's QR,
 * scanned off the rendered page, is the signed reference.
 */
@HomewardTest
class PrintedDocumentsIT {

    private static final String PASSWORD = "printing password 123";

    @Autowired
    WebApplicationContext context;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SlipCodes codes;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserService users;

    MockMvc mvc;
    PrintedMovement movement;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        movement = PrintedMovement.create(jdbc, households, householdQueries, "SY010000", "Pq");
        officer("printing.aleppo", "area:SY02");
        officer("printing.officer", "area:SY01");
    }

    private void officer(String username, String scope) {
        TestUsers.ensure(users, username, Role.REGISTRATION_OFFICER, PASSWORD, null, List.of(ScopeGrant.parse(scope)));
    }

    private MvcResult as(String username, String role, String path) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(role))).andReturn();
    }

    @Test
    void theManifestListsEveryTravellerByVehicleWithArabicNamesInLogicalOrder() throws Exception {
        MvcResult answer = as("printing.coordinator", "COORDINATOR", "/movements/" + movement.id + "/manifest.pdf");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        assertThat(answer.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getResponse().getHeader("Cache-Control")).contains("no-store");
        byte[] pdf = answer.getResponse().getContentAsByteArray();
        Path file = PdfFiles.save(pdf, "manifest.pdf");
        String poppler = PdfFiles.popplerText(file);
        String pdfbox = PdfFiles.pdfboxText(pdf);
        for (String text : List.of(poppler, pdfbox)) {
            assertThat(text)
                    .contains(
                            "Movement manifest", "بيان الرحلة", "2026-05-14", "Zahle assembly point", "BUS-1", "BUS-2");
            for (Household household : movement.travelling) {
                assertThat(text).contains(household.reference());
                for (Individual person : household.members()) {
                    if (person.givenNameLatin().equals(movement.staysBehind.givenNameLatin())) {
                        continue;
                    }
                    assertThat(text).contains(person.displayNameArabic(), person.displayNameLatin());
                }
            }
            Individual staying = movement.travelling.get(0).members().get(2);
            assertThat(text)
                    .doesNotContain(
                            staying.displayNameLatin(),
                            staying.displayNameArabic(),
                            movement.withdrawn.reference(),
                            movement.withdrawn.principal().displayNameLatin(),
                            movement.withdrawn.principal().displayNameArabic(),
                            "changed her mind",
                            "in hospital");
            for (Household household : movement.travelling) {
                for (Individual person : household.members()) {
                    assertThat(text).doesNotContain(person.documentNumber());
                    if (person.phone() != null) {
                        assertThat(text.replace(" ", ""))
                                .doesNotContain(person.phone().replace(" ", ""));
                    }
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("one page a vehicle").isEqualTo(2);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth())
                    .as("A4 landscape")
                    .isGreaterThan(first.getMediaBox().getHeight());
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
        BufferedImage page = PdfFiles.firstPage(file, 110);
        assertThat(page.getWidth()).isGreaterThan(page.getHeight());
        assertThat(audit.query("printing.coordinator", "movement", movement.id.toString(), null, null, 5))
                .extracting(AuditRecord::action)
                .contains("PRINT_MANIFEST");
        assertThat(audit.query(
                        null, "household", movement.travelling.get(1).id().toString(), null, null, 20))
                .extracting(AuditRecord::action)
                .contains("PRINT_MANIFEST");
    }

    @Test
    void aSlipCarriesTheSignedReferenceInItsQrCodeAndTheNamesButNoNumbers() throws Exception {
        Household household = movement.travelling.get(0);
        MvcResult answer = as(
                "printing.officer",
                "REGISTRATION_OFFICER",
                "/households/" + household.reference() + "/slip.pdf?size=A6");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        byte[] pdf = answer.getResponse().getContentAsByteArray();
        Path file = PdfFiles.save(pdf, "slip-a6.pdf");
        BufferedImage page = PdfFiles.firstPage(file, 300);
        String scanned = QrImages.decode(page);
        assertThat(scanned).isEqualTo(codes.sign(household.reference()));
        assertThat(codes.verify(scanned).reference()).contains(household.reference());
        Individual principal = household.principal();
        for (String text : List.of(PdfFiles.popplerText(file), PdfFiles.pdfboxText(pdf))) {
            assertThat(text)
                    .contains(
                            household.reference(),
                            principal.displayNameArabic(),
                            principal.displayNameLatin(),
                            "Registration slip",
                            "قسيمة التسجيل",
                            "2026-05-14",
                            "SY010000");
            for (Individual member : household.members()) {
                assertThat(text).doesNotContain(member.documentNumber());
                if (member.phone() != null) {
                    assertThat(text.replace(" ", ""))
                            .doesNotContain(member.phone().replace(" ", ""));
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("A6 is 105 mm wide")
                    .isBetween(296f, 299f);
        }
        assertThat(audit.query("printing.officer", "household", household.id().toString(), null, null, 5))
                .extracting(AuditRecord::action)
                .contains("PRINT_SLIP");
    }

    @Test
    void anA4SlipIsAFullSheetWithTheSameCode() throws Exception {
        Household household = movement.travelling.get(1);
        MvcResult answer = as(
                "printing.coordinator",
                "COORDINATOR",
                "/households/" + household.reference().toLowerCase() + "/slip.pdf?size=a4");

        assertThat(answer.getResponse().getStatus()).isEqualTo(200);
        byte[] pdf = answer.getResponse().getContentAsByteArray();
        Path file = PdfFiles.save(pdf, "slip-a4.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .as("A4 is 210 mm wide")
                    .isBetween(594f, 597f);
        }
        assertThat(QrImages.decode(PdfFiles.firstPage(file, 150))).isEqualTo(codes.sign(household.reference()));
        assertThat(PdfFiles.popplerText(file)).contains(household.principal().displayNameArabic());
    }

    @Test
    void printingIsRefusedToAnalystsOutsideTheScopeAndForUnknownSizes() throws Exception {
        Household household = movement.travelling.get(0);
        String slip = "/households/" + household.reference() + "/slip.pdf";

        assertThat(as("printing.analyst", "ANALYST", slip).getResponse().getStatus())
                .isEqualTo(403);
        assertThat(as("printing.analyst", "ANALYST", "/movements/" + movement.id + "/manifest.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(as("printing.aleppo", "REGISTRATION_OFFICER", slip)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(as("printing.aleppo", "REGISTRATION_OFFICER", "/movements/" + movement.id + "/manifest.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        MvcResult badSize = as("printing.officer", "REGISTRATION_OFFICER", slip + "?size=letter");
        assertThat(badSize.getResponse().getStatus()).isEqualTo(400);
        assertThat(badSize.getResponse().getContentAsString()).contains("\"field\":\"size\"");
        assertThat(as(
                                "printing.coordinator",
                                "COORDINATOR",
                                "/movements/" + java.util.UUID.randomUUID() + "/manifest.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(as("printing.coordinator", "COORDINATOR", "/households/HW-0000000/slip.pdf")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
