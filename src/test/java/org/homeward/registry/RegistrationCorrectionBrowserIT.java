package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void correctsAMemberRemovesOneAddedByMistakeAndRefusesAStaleForm() throws Exception {
        String run = letters(System.nanoTime());
        String officer = user("fix.officer." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        Household household =
                household("Correctiva" + run, "+963944" + String.format("%06d", System.nanoTime() % 1_000_000));
        Individual son = household.members().get(1);
        Individual mistake = household.members().get(2);
        Files.createDirectories(Path.of("target", "screenshots", "field"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households/" + household.id() + "?lang=en");
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
                    .contains("Only one member may be the principal")
                    .contains("Member 2 · Date of birth")
                    .doesNotContain("members[");
            browser.screenshot("field/correction-refused-en");

            new Select(browser.find("#member-1-relationship")).selectByValue("SON");
            browser.type("#member-1-givenNameLatin", "Sameer");
            browser.type("#member-1-birthDate", "2011-05");
            browser.type("#member-1-reason", "Spelling and birth month from his ID card");
            browser.submit("#correct-member-1 .correct-member-button");
            browser.find("#correction-saved");
            assertThat(browser.find("#members-table").getText())
                    .contains("Sameer")
                    .contains("2011-05");
            assertThat(browser.find("#history").getText())
                    .contains("Spelling and birth month from his ID card")
                    .contains("2012")
                    .contains("2011-05");

            // Switch to Arabic and remove the member added by mistake, with a reason.
            browser.go("/households/" + household.id() + "?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#corrections h2").getText()).isEqualTo("تصحيح التسجيل");
            browser.click("#correction-remove-" + mistake.id() + " > summary");
            browser.type("#remove-2-reason", "أضيف خطأً مرتين");
            browser.screenshot("field/removal-ar");
            browser.submit("#remove-member-2 .remove-member-button");
            browser.find("#correction-saved");
            assertThat(browser.find("#members-table").getText()).doesNotContain("Mistakenly");
            String history = browser.find("#history").getText();
            assertThat(history).contains("حُذف فرد").contains("Mistakenly").contains("أضيف خطأً مرتين");
            browser.screenshot("field/history-ar");

            // Someone else corrects the household while the form is open: the form is refused, not applied.
            browser.go("/households/" + household.id() + "?lang=en");
            browser.click("#correction-" + son.id() + " > summary");
            browser.type("#member-1-givenNameLatin", "Samir");
            Household now = householdQueries.find(household.id());
            IndividualDetails stored = IndividualDetails.of(now.members().get(1));
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
                    new CorrectMemberRequest(now.version(), withFather, "changed meanwhile"),
                    "someone.else");
            browser.submit("#correct-member-1 .correct-member-button");
            assertThat(browser.find("#correction-stale-" + son.id()).getText())
                    .contains("Someone else changed this household meanwhile");
            assertThat(browser.find("#members-table").getText())
                    .doesNotContain("Samir")
                    .contains("Sameer");
            browser.screenshot("field/stale-en");
        }
    }

    @Test
    void findsAHouseholdByReferenceAndSlipFromSearchAndByNamePhoneAndReferenceFromTheReceptionBoard() throws Exception {
        String run = letters(System.nanoTime());
        String phone = "+963955" + String.format("%06d", System.nanoTime() % 1_000_000);
        Household staying = household("Staywell" + run, null);
        Household booked = household("Bookwell" + run, phone);
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
        bookingCommands.book(new BookPlaces(centre, booked.id(), LocalDate.now().plusDays(3), "test booking"), "test");
        String officer = user("find.officer." + run, Role.REGISTRATION_OFFICER, "area:SY02");
        String manager = user("find.manager." + run, Role.RECEPTION_MANAGER, "area:SY02");
        users.setScopes(manager, List.of(ScopeGrant.parse("area:SY02"), ScopeGrant.parse("centre:" + centre)));
        Files.createDirectories(Path.of("target", "screenshots", "field"));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households?lang=ar");
            browser.type("#name", staying.reference().toLowerCase().replace("-", ""));
            browser.submit("#search-button");
            browser.waitFor().until(ExpectedConditions.urlContains("/households/" + staying.id()));
            assertThat(browser.find("#household-reference").getText()).isEqualTo(staying.reference());
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");

            browser.go("/households?lang=en");
            browser.type("#name", slips.sign(booked.reference()));
            browser.submit("#search-button");
            browser.waitFor().until(ExpectedConditions.urlContains("/households/" + booked.id()));
            browser.find("#found-notice");

            String forged = slips.sign(booked.reference());
            forged = forged.substring(0, forged.length() - 1) + (forged.endsWith("A") ? "B" : "A");
            browser.go("/households");
            browser.type("#name", forged);
            browser.click("#search-button");
            assertThat(browser.find("#search-refusal").getText()).contains("not signed by Homeward");
            assertThat(browser.driver().getCurrentUrl())
                    .doesNotContain(booked.id().toString());
            browser.screenshot("field/search-forged-slip-en");
        }
        try (Browser browser = Browser.open(port)) {
            browser.signIn(manager, PASSWORD);
            browser.go("/centres/" + centre + "?lang=ar");
            browser.type("#arrival-reference", phone);
            browser.click("#arrival-lookup-button");
            assertThat(browser.find("#match-" + booked.reference()).getText()).contains("محجوز لها");
            browser.click("#match-" + booked.reference() + " .choose-match");
            assertThat(browser.find("#check-in-form").getText()).contains(booked.reference());
            browser.screenshot("field/board-by-phone-ar");

            browser.type("#arrival-reference", "Staywell" + run);
            browser.click("#arrival-lookup-button");
            assertThat(browser.find("#match-" + staying.reference()).getText()).contains("مقيمة هنا");

            browser.go("/centres/" + centre + "?lang=en");
            browser.type("#arrival-reference", booked.reference());
            browser.click("#arrival-lookup-button");
            assertThat(browser.find("#check-in-form").getText()).contains(booked.reference());
            browser.screenshot("field/board-by-reference-en");
        }
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
