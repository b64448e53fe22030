package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HomewardTest
class RegistrationBrowserIT {

    private static final String PASSWORD = "a long browser password";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void registersAHouseholdWithArabicNamesFindsItAndSwitchesToArabicRightToLeft() throws Exception {
        String username = "browser." + System.nanoTime() % 100000;
        users.create(username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(username, java.util.List.of(ScopeGrant.parse("area:SY02")));
        String family = "الدمشقي" + (char) ('ا' + (int) (System.nanoTime() % 20));
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, PASSWORD);
            browser.go("/households/new");
            new Select(browser.find("#returnType")).selectByValue("REFUGEE");
            browser.type("#originCountry", "LBN");
            browser.type("#crossingPoint", "MASNAA");
            browser.type("#destinationPcode", "SY020000");
            browser.type("[id='members0.givenNameAr']", "محمد");
            browser.type("[id='members0.fatherNameAr']", "خالد");
            browser.type("[id='members0.familyNameAr']", family);
            browser.type("[id='members0.givenNameLatin']", "Mohammad");
            new Select(browser.find("[id='members0.sex']")).selectByValue("M");
            browser.type("[id='members0.birthDate']", "1980");
            browser.click("#add-member");
            browser.find("#member-1");
            new Select(browser.find("[id='members1.relationship']")).selectByValue("SPOUSE");
            browser.type("[id='members1.givenNameAr']", "نور");
            new Select(browser.find("[id='members1.sex']")).selectByValue("F");
            browser.screenshot("registration-form-en");
            browser.click("#register-button");

            browser.find("#registered-notice");
            String reference = browser.find("#household-reference").getText();
            assertThat(reference).matches("HW-[0-9A-HJKMNP-TV-Z]{10}");
            assertThat(browser.find("#members-table").getText())
                    .contains("محمد خالد " + family)
                    .contains("نور");
            assertThat(browser.find("#destination-name").getText())
                    .as("the destination shown by name")
                    .isNotBlank();
            browser.screenshot("household-en");

            browser.go("/households");
            browser.type("#name", family);
            browser.click("#search-button");
            browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), reference));

            browser.click("#switch-language");
            browser.waitFor().until(driver -> "rtl".equals(browser.attributeOfPage("dir")));
            assertThat(browser.attributeOfPage("lang")).isEqualTo("ar");
            assertThat(browser.find("h1").getText()).isEqualTo("البحث عن أسرة");
            assertThat(Files.size(browser.screenshot("search-ar"))).isPositive();

            browser.go("/households/new");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertThat(browser.find("#register-button").getText()).isEqualTo("تسجيل");
            browser.screenshot("registration-form-ar");
        }
    }
}
