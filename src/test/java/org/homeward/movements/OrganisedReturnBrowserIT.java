package org.homeward.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movements.OrganisedReturnStory.adults;
import static org.homeward.movements.OrganisedReturnStory.forge;
import static org.homeward.movements.OrganisedReturnStory.scan;
import static org.homeward.movements.OrganisedReturnStory.screenshot;
import static org.homeward.movements.OrganisedReturnStory.value;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.homeward.registry.JourneyStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * One organised return from plan to arrival through the real pages in headless Chromium, in English
 * and Arabic: a coordinator makes the plan and its target; an officer saves a column mapping and
 * imports a KoBo-style XLSX with an HXL row; the coordinator builds the movement and puts ten
 * households on its manifest; the officer records each adult's voluntariness form, one household
 * withdraws (counted on the funnel); a second officer re-confirms on the day and boards by typing
 * slip codes into the scan field (a forged one refused); the coordinator decides the ambers and is
 * refused departure, on the page and through the API with every forcing field, while one adult has
 * no record; once she decides the movement departs; the arrival is closed with one person missing,
 * whose alert reaches the coordinators' queue; the household's journey and history moved.
 *
 * <p>Fixture set-up done outside the pages: the destination's area assessments (through the API) and
 * the registration of the ten households (through the registry's service).
 */
@HomewardTest
class OrganisedReturnBrowserIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    SlipCodes slips;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    private OrganisedReturnStory story;
    private List<Household> family;
    private String planId;
    private String movementId;

    @Test
    void organisesAReturnFromPlanToArrivalInEnglishAndArabic() throws Exception {
        story = new OrganisedReturnStory(messages);
        OrganisedReturnStory.recordGreenAssessments(port, users);
        family = OrganisedReturnStory.registerHouseholds(households);
        String coordinator = MovementTestData.user(users, Role.COORDINATOR);
        String recorder = MovementTestData.user(users, Role.REGISTRATION_OFFICER, "area:SY02");
        String confirmer = MovementTestData.user(users, Role.REGISTRATION_OFFICER, "area:SY02");
        Individual undecided = family.get(0).members().get(1);

        try (Browser planner = Browser.open(port)) {
            planner.signIn(coordinator, MovementTestData.PASSWORD);
            makePlan(planner);
            try (Browser officer = Browser.open(port)) {
                officer.signIn(recorder, MovementTestData.PASSWORD);
                importIntentions(officer);
            }
            buildMovement(planner);
            try (Browser officer = Browser.open(port)) {
                officer.signIn(recorder, MovementTestData.PASSWORD);
                recordDecisions(officer, undecided);
                withdraw(officer, family.get(9));
            }
            try (Browser officer = Browser.open(port)) {
                officer.signIn(confirmer, MovementTestData.PASSWORD);
                reconfirmAll(officer);
                board(officer);
                decideAmbers(planner);
                refusedWhileOneAdultHasNotDecided(planner, undecided);
                // She decides for herself with the coordinator, and the second officer asks her again.
                recordDecision(planner, family.get(0), undecided.position());
                reconfirm(officer, family.get(0), undecided.position());
            }
            depart(planner);
            Individual missing = family.get(1).members().get(1);
            arrive(planner, missing);
            journeyAndHistoryMoved(planner, family.get(1));
            funnelCounts(planner, 13, 13, 12, 1);
        }
    }

    private void makePlan(Browser browser) throws Exception {
        String name = MovementTestData.unique("Organised returns from Lebanon");
        LocalDate today = LocalDate.now(MovementTestData.SYRIA);
        browser.go("/plans?lang=en");
        browser.type("#plan-name", name);
        value(browser, "plan-starts", today.withDayOfMonth(1).toString());
        value(browser, "plan-ends", today.plusYears(1).toString());
        browser.submit("#plan-create");
        assertThat(browser.find("h1").getText()).isEqualTo(name);
        planId = browser.driver().getCurrentUrl().replaceAll(".*/plans/", "").replaceAll("\\?.*", "");
        new Select(browser.find("#target-country")).selectByValue("LBN");
        value(browser, "target-month", today.toString().substring(0, 7));
        new Select(browser.find("#target-crossing")).selectByValue("MASNAA");
        browser.type("#target-persons", "25");
        browser.submit("#target-save");
        assertThat(browser.find("#target-table").getText()).contains("LBN", "MASNAA", "25");
        story.inBothLanguages(browser, "/plans/" + planId, "01-plan", "#funnel h2", "movements.funnel.title");
    }

    private void importIntentions(Browser browser) throws Exception {
        String mapping = MovementTestData.unique("kobo-lebanon").replace(' ', '-');
        Path workbook = OrganisedReturnStory.koboWorkbook(family, MovementTestData.RUN + planId.substring(0, 8));
        browser.go("/intentions/import?lang=en");
        browser.type("#mapping-name", mapping);
        WebElement definition = browser.find("#mapping-definition");
        definition.clear();
        definition.sendKeys(OrganisedReturnStory.koboMapping());
        browser.submit("#save-mapping");
        assertThat(browser.find("#mapping-saved").getText()).isEqualTo(story.english("intentions.mappings.saved"));
        new Select(browser.find("#mapping")).selectByValue(mapping);
        browser.find("#file").sendKeys(workbook.toAbsolutePath().toString());
        browser.submit("#import-button");
        assertThat(browser.find("#import-outcome").getText())
                .isEqualTo(story.english("intentions.import.done", "10", "10", "0"));
        assertThat(browser.find("#import-header").getText())
                .contains("with an HXL hashtag row")
                .contains(story.english("intentions.import.matched", "10", "0"));
        screenshot(browser, "02-intentions-import-en");

        // The same export imported again, in Arabic, changes nothing.
        browser.go("/intentions/import?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        new Select(browser.find("#mapping")).selectByValue(mapping);
        browser.find("#file").sendKeys(workbook.toAbsolutePath().toString());
        browser.submit("#import-button");
        assertThat(browser.find("#import-outcome").getText())
                .isEqualTo(story.arabic("intentions.import.done", "10", "0", "10"));
        screenshot(browser, "02-intentions-import-again-ar");

        browser.go("/households/" + family.get(2).id() + "/intentions?lang=en");
        assertThat(browser.find("#intention-history").getText())
                .contains("Return within 12 months", "Housing", "Survey import");
    }

    private void buildMovement(Browser browser) throws Exception {
        browser.go("/movements?lang=en");
        new Select(browser.find("#mv-plan")).selectByValue(planId);
        value(browser, "mv-departs", LocalDate.now(MovementTestData.SYRIA).toString());
        browser.type("#mv-point", "Beirut, Cola bridge");
        new Select(browser.find("#mv-country")).selectByValue("LBN");
        new Select(browser.find("#mv-crossing")).selectByValue("MASNAA");
        new Select(browser.find("#mv-destination")).selectByValue("HOME");
        browser.type("#mv-vehicles", "Bus 1, 40, 2");
        browser.submit("#movement-create");
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("PLANNED");
        movementId = URI.create(browser.driver().getCurrentUrl()).getPath().replaceAll(".*/movements/", "");
        for (Household household : family) {
            browser.type("#add-reference", household.reference());
            browser.submit("#add-household");
            assertThat(browser.driver().findElements(By.id("page-problem")))
                    .as("added " + household.reference())
                    .isEmpty();
        }
        assertThat(browser.find("#travelling-count").getText()).isEqualTo("14");
        assertThat(browser.driver().findElements(By.cssSelector("article.manifest-household")))
                .hasSize(10);
        story.inBothLanguages(browser, movementPage(), "03-manifest", "#manifest h2", "movements.manifest.title");
    }

    /** The first officer records the form of every adult but the first household's spouse, reached from the manifest. */
    private void recordDecisions(Browser browser, Individual undecided) throws Exception {
        // The way from the manifest to a household's forms, once; the officer's bookmarks do the rest.
        browser.go(movementPage() + "?lang=en");
        browser.submit("article[data-reference='" + family.get(0).reference() + "'] a.to-voluntariness");
        assertThat(browser.find("#household-reference").getText())
                .isEqualTo(family.get(0).reference());
        for (Household household : family) {
            for (Individual adult : adults(household)) {
                if (!adult.id().equals(undecided.id())) {
                    recordDecision(browser, household, adult.position());
                }
            }
        }
        screenshot(browser, "04-voluntariness-recorded-en");
        browser.go("/voluntariness/households/" + family.get(0).id() + "?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).contains(story.arabic("voluntariness.title"));
        assertThat(browser.find("#record-form-" + undecided.position()).isDisplayed())
                .as("she has not decided")
                .isTrue();
        screenshot(browser, "04-voluntariness-one-undecided-ar", "#record-form-" + undecided.position());
    }

    private void recordDecision(Browser browser, Household household, int position) {
        String page = "/voluntariness/households/" + household.id();
        if (!browser.driver().getCurrentUrl().contains(page)) {
            browser.go(page + "?lang=en");
        }
        new Select(browser.find("#placeType-" + position)).selectByValue("FIELD_OFFICE");
        browser.type("#placeName-" + position, "Tripoli field office");
        new Select(browser.find("#language-" + position)).selectByValue("ar");
        browser.type("#readAloudBy-" + position, "UNHCR protection assistant");
        browser.click("#record-form-" + position + " input[name=understood]");
        browser.submit("#record-form-" + position + " button[type=submit]");
        assertThat(browser.find("#voluntariness-done").getText())
                .isIn(story.english("voluntariness.done.recorded"), story.arabic("voluntariness.done.recorded"));
    }

    /** The last household's only adult withdraws her decision, in Arabic; her household leaves the manifest, counted. */
    private void withdraw(Browser browser, Household household) throws Exception {
        int position = household.members().get(0).position();
        browser.go("/voluntariness/households/" + household.id() + "?lang=ar");
        browser.type("#withdraw-reason-" + position, "يريد أن ينتظر حتى نهاية العام الدراسي");
        browser.submit("#withdraw-form-" + position + " button[type=submit]");
        assertThat(browser.find("#voluntariness-done").getText())
                .isEqualTo(story.arabic("voluntariness.done.withdrawn"));
        screenshot(browser, "05-withdrawn-ar");
        browser.go(movementPage() + "?lang=ar");
        assertThat(browser.find("article[data-reference='" + household.reference() + "'] .removed-reason")
                        .getText())
                .isEqualTo(story.arabic("movements.manifest.removed", story.arabic("movements.removal.WITHDRAWN")));
        assertThat(browser.find("#travelling-count").getText()).isEqualTo("13");
        screenshot(browser, "05-manifest-withdrawal-ar", "article[data-reference='" + household.reference() + "']");
        browser.go(movementPage() + "?lang=en");
        assertThat(browser.find("article[data-reference='" + household.reference() + "'] .removed-reason")
                        .getText())
                .isEqualTo(story.english("movements.manifest.removed", story.english("movements.removal.WITHDRAWN")));
        screenshot(browser, "05-manifest-withdrawal-en", "article[data-reference='" + household.reference() + "']");
    }

    /** The second officer asks every adult who decided again, on the day, with the movement the page offers. */
    private void reconfirmAll(Browser browser) throws Exception {
        for (Household household : family.subList(0, 9)) {
            for (Individual adult : adults(household)) {
                if (!adult.equals(family.get(0).members().get(1))) {
                    reconfirm(browser, household, adult.position());
                }
            }
        }
        screenshot(browser, "06-reconfirmed-en");
    }

    private void reconfirm(Browser browser, Household household, int position) {
        String page = "/voluntariness/households/" + household.id();
        if (!browser.driver().getCurrentUrl().contains(page)) {
            browser.go(page + "?lang=en");
        }
        assertThat(browser.find("#movement-" + position).getAttribute("value")).isEqualTo(movementId);
        browser.submit("#reconfirm-form-" + position + " button[type=submit]");
        assertThat(browser.find("#voluntariness-done").getText())
                .isEqualTo(story.english("voluntariness.done.reconfirmed"));
    }

    /** Boards the nine households left by typing their slip codes; a forged code, in either language, boards nobody. */
    private void board(Browser browser) throws Exception {
        browser.go(movementPage() + "?lang=en");
        browser.submit("#to-boarding");
        assertThat(browser.find("h1").getText()).isEqualTo(story.english("boarding.title"));
        String forged = forge(slips.sign(family.get(3).reference()));
        browser.expectRefusal("/boarding/slip");
        scan(browser, forged);
        assertThat(browser.find("#slip-choice #refusal").getText())
                .contains(story.english("problem.SLIP_SIGNATURE_INVALID"));
        assertThat(browser.driver().findElements(By.id("board-form"))).isEmpty();
        assertThat(browser.find("#count-boarded").getText()).isEqualTo("0");
        screenshot(browser, "07-forged-slip-refused-en");
        for (Household household : family.subList(0, 5)) {
            boardOne(browser, household);
        }
        String boardingPage = "/movements/" + movementId + "/boarding?lang=ar";
        browser.go(boardingPage);
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(browser.find("h1").getText()).isEqualTo(story.arabic("boarding.title"));
        scan(browser, forged);
        assertThat(browser.find("#slip-choice #refusal").getText())
                .contains(story.arabic("problem.SLIP_SIGNATURE_INVALID"));
        assertThat(browser.find("#count-boarded").getText()).isEqualTo(String.valueOf(travelling(0, 5)));
        screenshot(browser, "07-forged-slip-refused-ar");
        for (Household household : family.subList(5, 9)) {
            boardOne(browser, household);
        }
        assertThat(browser.find("#count-boarded").getText()).isEqualTo("13");
        screenshot(browser, "07-boarded-ar");
        assertThat(householdQueries.find(family.get(1).id()).journey().status()).isEqualTo(JourneyStatus.IN_TRANSIT);
        browser.go("/households/" + family.get(1).id() + "?lang=ar");
        assertThat(browser.find("#journey-status").getText()).isEqualTo(story.arabic("status.IN_TRANSIT"));
        screenshot(browser, "07-household-in-transit-ar", "#journey-status");
        browser.go("/households/" + family.get(1).id() + "?lang=en");
        assertThat(browser.find("#journey-status").getText()).isEqualTo(story.english("status.IN_TRANSIT"));
        screenshot(browser, "07-household-in-transit-en", "#journey-status");
    }

    private void boardOne(Browser browser, Household household) {
        scan(browser, slips.sign(household.reference()));
        assertThat(browser.find("#chosen-reference").getText()).isEqualTo(household.reference());
        browser.click("#board-button");
        browser.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("boarding-notice"), household.reference()));
    }

    /** Records a decision, with the household's acknowledgement, beside each amber verdict the manifest shows. */
    private void decideAmbers(Browser browser) throws Exception {
        browser.go(movementPage() + "?lang=en");
        int decided = 0;
        while (!browser.driver().findElements(By.cssSelector(".decision-form")).isEmpty() && decided < 20) {
            WebElement form = browser.driver()
                    .findElements(By.cssSelector(".decision-form"))
                    .get(0);
            form.findElement(By.cssSelector(".decision-reason"))
                    .sendKeys("Explained to the family, who chose to travel");
            form.findElement(By.cssSelector(".decision-acknowledged")).click();
            WebElement page = browser.driver().findElement(By.tagName("html"));
            form.findElement(By.cssSelector(".decision-submit")).click();
            browser.waitFor().until(ExpectedConditions.stalenessOf(page));
            assertThat(browser.driver().findElements(By.id("page-problem"))).isEmpty();
            decided++;
        }
        assertThat(decided)
                .as("the son's missing birth certificate at least is amber")
                .isPositive();
        assertThat(browser.find("article[data-reference='" + family.get(0).reference()
                                + "'] tr[data-check=documentation]")
                        .getText())
                .contains("(decided)");
    }

    /** The page and the API, as coordinator and administrator with every forcing field, refuse to let the movement go. */
    private void refusedWhileOneAdultHasNotDecided(Browser browser, Individual undecided) throws Exception {
        String field = "households[" + family.get(0).reference() + "].voluntariness";
        String article = "article[data-reference='" + family.get(0).reference() + "'] ";
        // The manifest and the check count members from 1, the registry from 0; neither shows a name.
        int shown = undecided.position() + 1;
        browser.go(movementPage() + "?lang=en");
        browser.click("#confirm-departure");
        browser.submit("#depart");
        assertThat(browser.find("#page-problem").getText())
                .contains(story.english("problem.MOVEMENT_CHECK_RED"))
                .contains(field + ": " + story.english("problem.CHECK_RED"));
        assertThat(browser.driver().findElements(By.cssSelector("#page-problem li")))
                .hasSize(1);
        assertThat(browser.find(article + "tr[data-check=voluntariness]").getText())
                .contains(story.english("movements.check.name.voluntariness"), story.english("movements.level.RED"))
                .contains(story.english("voluntariness.check.missing", "1", String.valueOf(shown)));
        assertThat(browser.find(article + "table.members tbody tr:nth-child(" + shown + ")")
                        .getText())
                .startsWith(shown + " " + story.english("relationship.SPOUSE"));
        screenshot(browser, "08-departure-refused-en");
        screenshot(browser, "08-red-voluntariness-check-en", article + "tr[data-check=voluntariness]");
        browser.go(movementPage() + "?lang=ar");
        browser.click("#confirm-departure");
        browser.submit("#depart");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(browser.find("#page-problem").getText())
                .contains(story.arabic("problem.MOVEMENT_CHECK_RED"))
                .contains(field + ": " + story.arabic("problem.CHECK_RED"));
        assertThat(browser.find(article + "tr[data-check=voluntariness]").getText())
                .contains(story.arabic("movements.check.name.voluntariness"), story.arabic("movements.level.RED"))
                .contains(story.arabic("voluntariness.check.missing", "1", String.valueOf(shown)));
        screenshot(browser, "08-departure-refused-ar");
        screenshot(browser, "08-red-voluntariness-check-ar", article + "tr[data-check=voluntariness]");
        forcingIsRefused(field);
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("PLANNED");
    }

    private void forcingIsRefused(String field) {
        ApiClient coordinator = MovementTestData.client(port, users, Role.COORDINATOR);
        ApiClient admin = MovementTestData.client(port, users, Role.ADMIN);
        String departure = "/api/v1/movements/" + movementId + "/departure";
        Map<String, Object> forcing = Map.of(
                "force",
                true,
                "override",
                true,
                "skipChecks",
                true,
                "decisions",
                List.of(Map.of(
                        "householdId",
                        family.get(0).id().toString(),
                        "check",
                        "voluntariness",
                        "reason",
                        "The family insists",
                        "householdAcknowledged",
                        true)));
        for (ApiClient caller : List.of(coordinator, admin)) {
            ApiClient.Answer refused = caller.post(departure + "?force=true&override=true&skipChecks=true", forcing);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.json().get("code").asString()).isEqualTo("MOVEMENT_CHECK_RED");
            List<String> fields = new ArrayList<>();
            refused.json()
                    .path("errors")
                    .forEach(error -> fields.add(error.path("field").asString()));
            assertThat(fields).containsExactly(field);
            ApiClient.Answer decideRed = caller.post(
                    "/api/v1/movements/" + movementId + "/decisions",
                    Map.of(
                            "householdId",
                            family.get(0).id().toString(),
                            "check",
                            "voluntariness",
                            "reason",
                            "The family insists",
                            "householdAcknowledged",
                            true));
            assertThat(decideRed.json().get("code").asString())
                    .as(decideRed.body())
                    .isEqualTo("CHECK_RED_NOT_DECIDABLE");
        }
        assertThat(coordinator
                        .get("/api/v1/movements/" + movementId)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("PLANNED");
    }

    private void depart(Browser browser) throws Exception {
        browser.go(movementPage() + "?lang=en");
        browser.click("#confirm-departure");
        browser.submit("#depart");
        assertThat(browser.driver().findElements(By.id("page-problem")))
                .as("departs without a problem")
                .isEmpty();
        assertThat(browser.find("#departed").getText()).isEqualTo(story.english("movements.depart.done"));
        assertThat(browser.find("#movement-status").getAttribute("data-status")).isEqualTo("DEPARTED");
        screenshot(browser, "09-departed-en");
        browser.go(movementPage() + "?lang=ar");
        assertThat(browser.find("#movement-status").getText())
                .isEqualTo(story.arabic("movements.movement.status.DEPARTED"));
        screenshot(browser, "09-departed-ar");
    }

    /** The coordinator unticks the missing person, closes the arrival, and follows the alert to the queue. */
    private void arrive(Browser browser, Individual missing) throws Exception {
        browser.go(movementPage() + "?lang=en");
        browser.submit("#to-arrival");
        assertThat(browser.driver().findElements(By.cssSelector("#arrival-form .arrived-box")))
                .hasSize(13);
        browser.find("#arriving-" + missing.id() + " .arrived-box").click();
        screenshot(browser, "10-arrival-form-en");
        browser.click("#close-arrival");
        // Someone is left unticked: nothing closes until the officer confirms how many are missing.
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-missing")));
        assertThat(browser.driver().findElements(By.id("arrival-notice"))).isEmpty();
        assertThat(browser.find("#confirm-missing-box").getText()).contains("1 person who boarded is not here");
        assertThat(browser.find("#arriving-" + missing.id() + " .arrived-box").isSelected())
                .as("the boxes stay as they were ticked")
                .isFalse();
        browser.click("#confirm-missing");
        browser.click("#close-arrival");
        browser.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("arrival-notice")));
        assertThat(browser.find("#arrival-notice").getText())
                .isEqualTo(story.english("arrival.notice", "12", "13", "1"));
        assertThat(browser.find("#reconciled-" + missing.id()).getText())
                .contains(missing.givenNameLatin(), missing.familyNameLatin(), story.english("arrival.state.MISSING"));
        WebElement alert = browser.find("#alert-" + missing.id());
        assertThat(alert.getText()).contains(missing.givenNameLatin(), "Beirut, Cola bridge", "Bus 1", "MASNAA");
        screenshot(browser, "10-reconciliation-en", "#movement-alerts");
        browser.go("/movements/" + movementId + "/arrival?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(browser.find("#alert-" + missing.id()).getText())
                .contains(story.arabic("arrival.alert.missing"), missing.givenNameAr());
        screenshot(browser, "10-reconciliation-ar", "#movement-alerts");

        browser.submit("#to-alert-queue");
        assertThat(browser.find("h1").getText()).isEqualTo(story.arabic("alerts.title"));
        String row = "#queue-" + missing.id();
        assertThat(browser.find(row).getText())
                .contains(
                        family.get(1).reference(),
                        missing.givenNameAr(),
                        LocalDate.now(MovementTestData.SYRIA).toString(),
                        "Beirut, Cola bridge",
                        "Bus 1",
                        "MASNAA");
        assertThat(browser.find(row + " td:nth-child(5)").getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        screenshot(browser, "11-alert-queue-ar");
        browser.go("/movement-alerts?lang=en");
        assertThat(browser.find(row).getText()).contains(missing.givenNameLatin());
        screenshot(browser, "11-alert-queue-en");
    }

    private void journeyAndHistoryMoved(Browser browser, Household household) throws Exception {
        assertThat(householdQueries.find(household.id()).journey().status()).isEqualTo(JourneyStatus.RETURNED_HOME);
        browser.go("/households/" + household.id() + "?lang=en");
        assertThat(browser.find("#journey-status").getText()).isEqualTo(story.english("status.RETURNED_HOME"));
        String history = browser.find("#history").getText();
        assertThat(history)
                .contains(story.english("event.JOURNEY_MOVED"))
                .contains("→ " + story.english("status.IN_TRANSIT"))
                .contains(story.english("status.IN_TRANSIT") + " → " + story.english("status.RETURNED_HOME"));
        screenshot(browser, "12-household-history-en", "#history");
        browser.go("/households/" + household.id() + "?lang=ar");
        assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
        assertThat(browser.find("#journey-status").getText()).isEqualTo(story.arabic("status.RETURNED_HOME"));
        String day = LocalDate.now(MovementTestData.SYRIA).toString();
        assertThat(browser.find("#history").getText())
                .doesNotContain("IN_TRANSIT")
                .contains(
                        story.arabic("event.JOURNEY_MOVED"),
                        story.arabic("status.IN_TRANSIT") + " ← " + story.arabic("status.RETURNED_HOME"),
                        story.arabic("movements.journey.boarded", day),
                        story.arabic("movements.journey.arrived", day));
        screenshot(browser, "12-household-history-ar", "#history");
    }

    private void funnelCounts(Browser browser, int scheduled, int boarded, int arrived, int withdrawn)
            throws Exception {
        for (String lang : List.of("en", "ar")) {
            browser.go("/plans/" + planId + "?lang=" + lang);
            browser.find("#funnel-chart canvas");
            assertThat(browser.find("#funnel-totals td[data-stage=SCHEDULED]").getText())
                    .isEqualTo("" + scheduled);
            assertThat(browser.find("#funnel-totals td[data-stage=BOARDED]").getText())
                    .isEqualTo("" + boarded);
            assertThat(browser.find("#funnel-totals td[data-stage=ARRIVED]").getText())
                    .isEqualTo("" + arrived);
            assertThat(browser.find("#funnel-totals td[data-stage=WITHDRAWN]").getText())
                    .isEqualTo("" + withdrawn);
            assertThat(browser.find("#funnel-totals td[data-stage=NO_SHOW]").getText())
                    .isEqualTo("0");
            assertThat(browser.find("#funnel-totals thead").getText())
                    .contains(
                            lang.equals("ar")
                                    ? story.arabic("movements.stage.WITHDRAWN")
                                    : story.english("movements.stage.WITHDRAWN"));
            screenshot(browser, "13-plan-funnel-" + lang, "#funnel-totals");
        }
    }

    private String movementPage() {
        return "/movements/" + movementId;
    }

    private int travelling(int from, int to) {
        return family.subList(from, to).stream()
                .mapToInt(household -> household.members().size())
                .sum();
    }
}
