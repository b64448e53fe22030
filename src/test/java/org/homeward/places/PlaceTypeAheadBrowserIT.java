package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HomewardTest
class PlaceTypeAheadBrowserIT {

    private static final String PASSWORD = "a long type-ahead password";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void findsPlacesAsTheUserTypesAndChecksNamesInEnglishAndArabic() throws Exception {
        String username = "typeahead." + System.nanoTime() % 100000;
        users.create(username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(username, PASSWORD);
            browser.go("/places?lang=en");

            browser.type("#place-search", "Hasak");
            browser.click("#place-search-suggestions .place-option[data-pcode='SY0800']");
            browser.waitFor().until(ExpectedConditions.urlContains("#SY0800"));
            assertThat(browser.find("tr#SY0800").getText()).contains("Al-Hasakah", "SY0800");

            browser.type("#place-check-name", "Afreen");
            WebElement first = browser.find("#place-check-options .place-option");
            String chosen = first.getAttribute("data-pcode");
            browser.find("#place-check-name").sendKeys(Keys.ARROW_DOWN);
            browser.waitFor().until(driver -> first.equals(driver.switchTo().activeElement()));
            first.sendKeys(Keys.ENTER);
            browser.waitFor()
                    .until(driver ->
                            chosen.equals(browser.find("#place-check-name").getAttribute("value")));
            assertThat(chosen).startsWith("SY0203");
            browser.click("#place-check-button");
            assertThat(browser.find("#place-check-answer[data-status='RESOLVED']")
                            .getText())
                    .contains(chosen);
            browser.screenshot("places-check-en");

            browser.go("/places?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            browser.type("#place-check-name", "صوران");
            browser.click("#place-check-button");
            WebElement answer = browser.find("#place-check-answer[data-status='AMBIGUOUS']");
            assertThat(answer.getText()).contains("أماكن مختلفة", "SY020405", "SY050101");
            assertThat(answer.findElements(By.cssSelector(".place-candidates li")))
                    .hasSize(2);
            browser.screenshot("places-check-ar");
        }
    }
}
