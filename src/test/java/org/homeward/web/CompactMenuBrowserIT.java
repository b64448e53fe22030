package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The menu on a tablet: one line (the brand, a menu button, the language and the user), the menu
 * opening below it as a panel from the keyboard and closing with Escape, on the left in English and
 * on the right in Arabic; on a laptop the menu is shown in full and the button is not.
 */
@HomewardTest
class CompactMenuBrowserIT {

    private static final String PASSWORD = "compact menu password 2026";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void onATabletTheMenuIsOneLineAndOpensAsAPanelFromTheKeyboardMirroredInArabic() throws Exception {
        String coordinator = user();
        try (Browser browser = Browser.open(port)) {
            browser.signIn(coordinator, PASSWORD);
            browser.resize(768);
            browser.go("/?lang=en");
            assertOneLine(browser);
            WebElement menu = browser.driver().findElement(By.id("main-menu"));
            assertThat(menu.isDisplayed()).isFalse();

            WebElement button = browser.find("#menu-button");
            button.sendKeys(Keys.ENTER);
            browser.waitFor().until(driver -> menu.isDisplayed());
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("true");
            Rectangle panel = menu.getRect();
            assertThat(panel.getX())
                    .as("the panel opens at the start of the line, on the left")
                    .isLessThan(10);
            browser.screenshot("menu/en-768-open");
            button.sendKeys(Keys.TAB);
            assertThat(activeElement(browser))
                    .as("Tab goes from the button into the menu")
                    .isEqualTo(menu.findElements(By.tagName("a")).get(0));
            activeElement(browser).sendKeys(Keys.ESCAPE);
            browser.waitFor().until(driver -> !menu.isDisplayed());
            assertThat(activeElement(browser))
                    .as("Escape gives the focus back to the button")
                    .isEqualTo(button);
            assertThat(button.getAttribute("aria-expanded")).isEqualTo("false");

            browser.go("/?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            assertOneLine(browser);
            browser.click("#menu-button");
            WebElement arabicMenu = browser.find("#main-menu");
            Rectangle arabicPanel = arabicMenu.getRect();
            long window = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.clientWidth");
            assertThat(window - (arabicPanel.getX() + arabicPanel.getWidth()))
                    .as("the panel opens at the start of the line, on the right")
                    .isLessThan(10);
            assertThat(browser.find("#menu-button").getText()).isEqualTo("القائمة");
            browser.screenshot("menu/ar-768-open");

            browser.resize(1280);
            browser.go("/?lang=en");
            assertThat(browser.find("#main-menu").isDisplayed()).isTrue();
            assertThat(browser.driver().findElement(By.id("menu-button")).isDisplayed())
                    .isFalse();
        }
    }

    /** The brand, the menu button and the language switch stand side by side on one line. */
    private static void assertOneLine(Browser browser) {
        int brand = middle(browser.find(".topbar .brand"));
        assertThat(middle(browser.find("#menu-button"))).isCloseTo(brand, org.assertj.core.data.Offset.offset(12));
        assertThat(middle(browser.find("#switch-language"))).isCloseTo(brand, org.assertj.core.data.Offset.offset(12));
        assertThat(browser.find(".topbar").getSize().getHeight())
                .as("the bar is one line high")
                .isLessThan(70);
    }

    private static int middle(WebElement element) {
        Rectangle box = element.getRect();
        return box.getY() + box.getHeight() / 2;
    }

    private static WebElement activeElement(Browser browser) {
        return browser.driver().switchTo().activeElement();
    }

    private String user() {
        String username = "menu.coordinator";
        TestUsers.ensure(users, username, Role.COORDINATOR, PASSWORD, "Menu NGO");
        return username;
    }
}
