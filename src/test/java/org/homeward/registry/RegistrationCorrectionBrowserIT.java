package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.movements.SlipCodes;
import org.homeward.reception.BookPlaces;
import org.homeward.reception.BookingCommands;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.StayCommands;
import org.homeward.reception.StayQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A registration corrected in the browser, in English and Arabic: a member's mistake fixed, a
 * member added by mistake removed with a reason (the history shows both), a principal too many and
 * a stale form refused with clear words; a household found by its reference and by its scanned slip
 * from the search, and by name, phone and reference from the reception board; an analyst opening a
 * page of people gets the translated error page.
 */
@HomewardTest
class RegistrationCorrectionBrowserIT {

    private static final String PASSWORD = "a long correction password";

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    HouseholdCorrections corrections;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    StayCommands stayCommands;

    @Autowired
    BookingCommands bookingCommands;

    @Autowired
    SlipCodes slips;

    @LocalServerPort
    int port;

    /** What each scenario reads on the page, in one language. */
    private record Words(
            String language,
            String principalTwice,
            String birthDateLabel,
            String needsLabel,
            String disability,
            String correctionsTitle,
            String removed,
            String destinationLabel,
            String placeUnknown,
            String addedGivenNameLabel,
            String addedRelationshipLabel,
            String son,
            String oldDestination,
            String newDestination,
            String foundNotice) {}

    private static final Words ENGLISH = new Words(
            "en",
            "Only one member may be the principal",
            "Member 2 · Date of birth",
            "Member 2 · Specific needs",
            "Disability",
            "Correct the registration",
            "Member removed",
            "Destination town or area",
            "No place has this name",
            "Member 4 · Given name (Latin)",
            "Member 4 · Relationship",
            "Son",
            "Jebel Saman",
            "Suran",
            "Opened by its reference.");
    private static final Words ARABIC = new Words(
            "ar",
            "لا يكون إلا فرد واحد رب الأسرة",
            "الفرد 2 · تاريخ الميلاد",
            "الفرد 2 · الاحتياجات الخاصة",
            "إعاقة",
            "تصحيح التسجيل",
            "حُذف فرد",
            "بلدة أو منطقة الوجهة",
            "لا يوجد مكان بهذا الاسم",
            "الفرد 4 · الاسم (باللاتينية)",
            "الفرد 4 · صلة القرابة",
            "ابن",
            "مركز جبل سمعان",
            "صوران",
            "فُتحت برقم مرجعها.");

    @Test
    void correctsAMemberAndRemovesOneAddedByMistakeInEnglishAndInArabicAndRefusesAStaleForm() throws Exception {
        String run = letters(System.nanoTime());
        String officer = user("fix.officer." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        Files.createDirectories(Path.of("target", "screenshots", "field"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            for (Words words : List.of(ENGLISH, ARABIC)) {
                correctAndRemove(browser, words, run);
            }
            refuseAStaleForm(browser, run);
        }
    }

    /**
     * A member's mistakes corrected (a second principal and an unreadable date refused first, by their
     * labels), and a member added by mistake removed with a reason: the history names the fields as the
     * form does and the needs by their names, and keeps who was removed and why.
     */
    private void correctAndRemove(Browser browser, Words words, String run) throws Exception {
        String family = "Correctiva" + run + words.language();
        Household household = household(family, phone());
        Individual son = household.members().get(1);
        Individual mistake = household.members().get(2);
        browser.go("/households/" + household.id() + "?lang=" + words.language());
        assertThat(browser.attributeOfPage("dir")).isEqualTo(words.language().equals("ar") ? "rtl" : "ltr");
        assertThat(browser.find("#corrections h2").getText()).isEqualTo(words.correctionsTitle());
        assertThat(new Select(browser.driver().findElement(By.id("new-member-relationship")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .as("a new member is not the principal")
                .isEqualTo("SON");

        // A second principal is refused with the field's label, not a path such as members[1].relationship.
        browser.click("#correction-" + son.id() + " > summary");
        new Select(browser.find("#member-1-relationship")).selectByValue("PRINCIPAL");
        browser.type("#member-1-birthDate", "20x1");
        browser.submit("#correct-member-1 .correct-member-button");
        String problems = browser.find("#correction-problems-" + son.id()).getText();
        assertThat(problems)
                .contains(words.principalTwice())
                .contains(words.birthDateLabel())
                .doesNotContain("members[");
        browser.screenshot("field/correction-refused-" + words.language());

        new Select(browser.find("#member-1-relationship")).selectByValue("SON");
        browser.type("#member-1-givenNameLatin", "Sameer");
        browser.type("#member-1-birthDate", "2011-05");
        browser.click("#correct-member-1 input[name='specificNeeds'][value='DS']");
        browser.type("#member-1-reason", "Spelling and birth month from his ID card " + words.language());
        browser.submit("#correct-member-1 .correct-member-button");
        browser.find("#correction-saved");
        assertThat(browser.find("#members-table").getText())
                .contains("Sameer")
                .contains("2011-05")
                .contains(words.disability());
        String corrected = browser.find("#history").getText();
        assertThat(corrected)
                .contains("Spelling and birth month from his ID card " + words.language())
                .contains(words.birthDateLabel())
                .contains("2012")
                .contains("2011-05")
                .contains(words.needsLabel())
                .contains(words.disability())
                .doesNotContain("members[")
                .doesNotContain("birthDate")
                .doesNotContain("[DS]");

        // The member added by mistake is removed, with a reason.
        browser.click("#correction-remove-" + mistake.id() + " > summary");
        browser.type("#remove-2-reason", "أضيف خطأً مرتين " + words.language());
        browser.screenshot("field/removal-" + words.language());
        browser.submit("#remove-member-2 .remove-member-button");
        browser.find("#correction-saved");
        assertThat(browser.find("#members-table").getText()).doesNotContain("Mistakenly");
        String history = browser.find("#history").getText();
        assertThat(history)
                .contains(words.removed())
                .contains("Mistakenly")
                .contains("أضيف خطأً مرتين " + words.language());
        assertThat(householdQueries.find(household.id()).members()).hasSize(2);
        showing(browser, "#history");
        browser.screenshot("field/history-" + words.language());
    }

    /** Someone else corrects the household while the form is open: the form is refused, not applied. */
    private void refuseAStaleForm(Browser browser, String run) throws Exception {
        Household household = household("Stalewell" + run, null);
        Individual son = household.members().get(1);
        browser.go("/households/" + household.id() + "?lang=en");
        browser.click("#correction-" + son.id() + " > summary");
        browser.type("#member-1-givenNameLatin", "Samir");
        IndividualDetails stored = IndividualDetails.of(son);
        IndividualDetails withFather = new IndividualDetails(
                stored.relationship(),
                stored.givenNameAr(),
                stored.givenNameLatin(),
                stored.fatherNameAr(),
                "Omar",
                stored.grandfatherNameAr(),
                stored.grandfatherNameLatin(),
                stored.familyNameAr(),
                stored.familyNameLatin(),
                stored.sex(),
                stored.birthDate(),
                stored.phone(),
                stored.documentType(),
                stored.documentNumber(),
                stored.placeOfOrigin(),
                stored.specificNeeds());
        corrections.correctMember(
                household.id(),
                son.id(),
                new CorrectMemberRequest(household.version(), withFather, "changed meanwhile"),
                "someone.else");
        browser.submit("#correct-member-1 .correct-member-button");
        assertThat(browser.find("#correction-stale-" + son.id()).getText())
                .contains("Someone else changed this household meanwhile");
        assertThat(browser.find("#members-table").getText()).doesNotContain("Samir");
        assertThat(householdQueries.find(household.id()).members().get(1).fatherNameLatin())
                .isEqualTo("Omar");
        browser.screenshot("field/stale-en");
    }

    @Test
    void correctsTheDestinationByNameAndAddsAMemberInEnglishAndInArabic() throws Exception {
        String run = letters(System.nanoTime() / 3);
        String officer = user("journey.officer." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        Files.createDirectories(Path.of("target", "screenshots", "field"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            for (Words words : List.of(ENGLISH, ARABIC)) {
                Household household = household("Journeyfix" + run + words.language(), null);
                browser.go("/households/" + household.id() + "?lang=" + words.language());
                assertThat(browser.find("#destination-name").getText()).isEqualTo(words.oldDestination());
                assertThat(browser.find("main .card.grid").getText())
                        .as("the journey's labels ask for no code")
                        .doesNotContain("P-code")
                        .doesNotContain("ISO code")
                        .doesNotContain("(الرمز")
                        .doesNotContain("الرمز الدولي");
                browser.click("#correction-household > summary");
                assertThat(browser.find("label[for='correct-destinationPcode']").getText())
                        .isEqualTo(words.destinationLabel())
                        .doesNotContain("P-code");
                assertThat(browser.find("label[for='correct-originCountry']").getText())
                        .doesNotContain("ISO");

                // A name no place has is refused by the field's label; nothing is changed.
                browser.type("#correct-destinationPcode", "قريةلاوجودلها");
                browser.submit("#correct-household-button");
                assertThat(browser.find("#correction-problems-household").getText())
                        .contains(words.destinationLabel())
                        .contains(words.placeUnknown())
                        .doesNotContain("journey.");
                assertThat(householdQueries.find(household.id()).journey().destinationPcode())
                        .isEqualTo("SY020000");

                // A name two places share offers both; the one in Aleppo governorate is chosen.
                browser.type("#correct-destinationPcode", words.newDestination());
                browser.type("#correct-household-reason", "The family goes to Suran " + words.language());
                browser.submit("#correct-household-button");
                assertThat(browser.find("#correct-destinationPcode-choices").getText())
                        .contains("SY020405", "SY050101");
                browser.screenshot("field/destination-choices-" + words.language());
                browser.click("#correct-destinationPcode-choices button[data-pcode='SY020405']");
                assertThat(browser.find("#correct-destinationPcode").getAttribute("value"))
                        .isEqualTo("SY020405");
                browser.type("#correct-household-reason", "The family goes to Suran " + words.language());
                browser.submit("#correct-household-button");
                browser.find("#correction-saved");
                assertThat(browser.find("#destination-name").getText()).isEqualTo(words.newDestination());
                assertThat(householdQueries.find(household.id()).journey().destinationPcode())
                        .isEqualTo("SY020405");

                // A member added from the household page: a son unless chosen otherwise.
                browser.click("#correction-add > summary");
                browser.type("#new-member-givenNameAr", "يوسف");
                browser.type("#new-member-givenNameLatin", "Yousef" + words.language());
                browser.type("#new-member-familyNameLatin", "Journeyfix" + run + words.language());
                new Select(browser.find("#new-member-sex")).selectByValue("M");
                browser.type("#new-member-birthDate", "2019");
                browser.type("#new-member-reason", "Born in Lebanon " + words.language());
                browser.submit("#add-member-button");
                browser.find("#correction-saved");
                assertThat(browser.find("#members-table").getText()).contains("Yousef" + words.language());
                assertThat(householdQueries.find(household.id()).members()).hasSize(4);

                String history = browser.find("#history").getText();
                assertThat(history)
                        .contains("The family goes to Suran " + words.language())
                        .contains(words.destinationLabel() + ": " + words.oldDestination())
                        .contains(words.newDestination())
                        .contains("Born in Lebanon " + words.language())
                        .contains(words.addedGivenNameLabel())
                        .contains(words.addedRelationshipLabel() + ": — → " + words.son())
                        .doesNotContain("journey.destinationPcode")
                        .doesNotContain("SY020405")
                        .doesNotContain("members[")
                        .doesNotContain("SON");
                showing(browser, "#history");
                browser.screenshot("field/journey-corrected-" + words.language());
            }
        }
    }

    @Test
    void findsAHouseholdByReferenceAndSlipFromSearchAndFromTheReceptionBoardInEnglishAndInArabic() throws Exception {
        String run = letters(System.nanoTime() / 5);
        String phone = phone();
        Household staying = household("Staywell" + run, null);
        Map<String, Household> booked = new LinkedHashMap<>();
        String centre = "RCF-" + run.toUpperCase();
        centres.create(
                new CentreRequest(
                        centre,
                        "Centre " + centre,
                        "مركز " + centre,
                        null,
                        null,
                        "SY020000",
                        33.5,
                        36.3,
                        100,
                        30,
                        3,
                        List.of("WATER"),
                        true,
                        null),
                "test");
        stayCommands.checkIn(centre, new CheckInRequest(staying.reference(), List.of(), null), "test");
        for (String language : List.of("en", "ar")) {
            Household household = household("Bookwell" + run + language, language.equals("ar") ? phone : null);
            bookingCommands.book(
                    new BookPlaces(centre, household.id(), LocalDate.now().plusDays(3), "test booking"), "test");
            booked.put(language, household);
        }
        String officer = user("find.officer." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        String manager = user("find.manager." + run, Role.RECEPTION_MANAGER, "area:SY02");
        users.setScopes(manager, List.of(ScopeGrant.parse("area:SY02"), ScopeGrant.parse("centre:" + centre)));
        Files.createDirectories(Path.of("target", "screenshots", "field"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            for (Words words : List.of(ENGLISH, ARABIC)) {
                Household wanted = booked.get(words.language());
                // Found by name, the household's destination is named, not given as a code.
                browser.go("/households?lang=" + words.language());
                browser.type("#name", "Bookwell" + run + words.language());
                // The results come in place (htmx), without a new page.
                browser.click("#search-button");
                browser.waitFor()
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.cssSelector("#results table"), wanted.reference()));
                assertThat(browser.find("#results td.destination").getText()).isEqualTo(words.oldDestination());
                assertThat(browser.find("#results thead").getText())
                        .doesNotContain("P-code")
                        .doesNotContain("الرمز");

                // Arabic: the reference typed lowercase and without its hyphen; English: as printed.
                String typed = words.language().equals("ar")
                        ? wanted.reference().toLowerCase().replace("-", "")
                        : wanted.reference();
                browser.go("/households?lang=" + words.language());
                browser.type("#name", typed);
                browser.submit("#search-button");
                browser.waitFor().until(ExpectedConditions.urlContains("/households/" + wanted.id()));
                assertThat(browser.find("#household-reference").getText()).isEqualTo(wanted.reference());
                assertThat(browser.find("#found-notice").getText()).isEqualTo(words.foundNotice());
                printSlipLinkServesThePdf(browser, wanted);
                browser.screenshot("field/search-by-reference-" + words.language());

                browser.go("/households?lang=" + words.language());
                browser.type("#name", slips.sign(staying.reference()));
                browser.submit("#search-button");
                browser.waitFor().until(ExpectedConditions.urlContains("/households/" + staying.id()));
                browser.find("#found-notice");
            }

            Household forgedFor = booked.get("en");
            String forged = slips.sign(forgedFor.reference());
            forged = forged.substring(0, forged.length() - 1) + (forged.endsWith("A") ? "B" : "A");
            browser.go("/households?lang=en");
            browser.type("#name", forged);
            browser.click("#search-button");
            assertThat(browser.find("#search-refusal").getText()).contains("not signed by Homeward");
            assertThat(browser.driver().getCurrentUrl())
                    .doesNotContain(forgedFor.id().toString());
            browser.screenshot("field/search-forged-slip-en");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager, PASSWORD);
            // By phone and by name too, within what the manager may see.
            Household byPhone = booked.get("ar");
            browser.go("/centres/" + centre + "?lang=ar");
            browser.type("#arrival-reference", phone);
            browser.click("#arrival-lookup-button");
            assertThat(browser.find("#match-" + byPhone.reference()).getText()).contains("محجوز لها");
            browser.click("#match-" + byPhone.reference() + " .choose-match");
            assertThat(browser.find("#check-in-form").getText()).contains(byPhone.reference());
            browser.screenshot("field/board-by-phone-ar");
            browser.type("#arrival-reference", "Staywell" + run);
            browser.click("#arrival-lookup-button");
            assertThat(browser.find("#match-" + staying.reference()).getText()).contains("مقيمة هنا");

            for (Words words : List.of(ENGLISH, ARABIC)) {
                Household arriving = booked.get(words.language());
                browser.go("/centres/" + centre + "?lang=" + words.language());
                browser.type("#arrival-reference", arriving.reference());
                browser.click("#arrival-lookup-button");
                assertThat(browser.find("#check-in-form").getText()).contains(arriving.reference());
                browser.screenshot("field/board-by-reference-" + words.language());

                // The slip scanned (a scanner types its code and Enter): the household comes up and checks in.
                browser.go("/centres/" + centre + "?lang=" + words.language());
                browser.type("#arrival-reference", slips.sign(arriving.reference()) + "\n");
                assertThat(browser.find("#check-in-form").getText()).contains(arriving.reference());
                browser.screenshot("field/board-by-slip-" + words.language());
                browser.click("#check-in-button");
                browser.find("#stay-" + arriving.reference());
                assertThat(stays.staysOf(arriving.id()))
                        .as("the household scanned in is staying at the centre")
                        .anySatisfy(stay -> assertThat(stay.centreCode()).isEqualTo(centre));
            }
        }
    }

    /** Scrolls the part into view, for the screenshot that follows. */
    private static void showing(Browser browser, String css) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", browser.find(css));
    }

    /** The household page links to its printable slip, which answers a PDF. */
    private static void printSlipLinkServesThePdf(Browser browser, Household household) {
        String href = browser.find("#print-slip").getAttribute("href");
        assertThat(href).endsWith("/households/" + household.reference() + "/slip.pdf");
        Object type = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))"
                                + ".catch(e => done(String(e)));",
                        href);
        assertThat(type).isEqualTo("200 application/pdf");
    }

    @Test
    void anAnalystOpeningAPageOfPeopleGetsTheTranslatedErrorPage() throws Exception {
        String analyst = user("fix.analyst." + Long.toString(System.nanoTime() % 1_000_000, 36), Role.ANALYST, null);
        Files.createDirectories(Path.of("target", "screenshots", "field"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(analyst, PASSWORD);
            browser.go("/households/new?lang=en");
            assertThat(browser.find("#error-title").getText()).isEqualTo("Not allowed");
            assertThat(browser.find("#error-message").getText()).isEqualTo("Your role does not allow this.");
            browser.find("nav.mainnav");
            browser.go("/households?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#error-title").getText()).isEqualTo("غير مسموح");
            assertThat(browser.driver().getPageSource()).doesNotContain("Whitelabel");
            browser.screenshot("field/forbidden-ar");
        }
    }

    /** Six lowercase letters from a number, so that names made of them pass the name check. */
    private static String letters(long number) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append((char) ('a' + (int) (number % 26)));
            number /= 26;
        }
        return text.toString();
    }

    private String user(String username, Role role, String scope) {
        users.create(username, role, PASSWORD, "Test NGO");
        if (scope != null) {
            users.setScopes(username, List.of(ScopeGrant.parse(scope)));
        }
        return username;
    }

    private static String phone() {
        return "+963944" + String.format("%06d", System.nanoTime() % 1_000_000);
    }

    /** A household heading to SY020000: a principal, her son, and a member added by mistake. */
    private Household household(String family, String phone) {
        return households.register(
                HouseholdFixtures.atFieldOffice(List.of(
                        HouseholdFixtures.person("PRINCIPAL", "سلمى", "Salma", null, family, "F", "1985", phone),
                        HouseholdFixtures.person("SON", "سامر", "Samer", null, family, "M", "2012", null),
                        HouseholdFixtures.person("SON", null, "Mistakenly", null, "Added", "M", "2015", null))),
                "test");
    }
}
