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
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same household of four (principal, spouse, son, daughter) registered twice in the browser:
 * once typing every field as the form used to need, once with the form's help (names filled in
 * from the principal, an age for an unknown birth date, the site and crossing remembered, Alt+N
 * for the next member). The clicks and typed fields are counted from the actions performed.
 */
@HomewardTest
class RegistrationKeystrokesBrowserIT {

    private static final String PASSWORD = "a long keystrokes password";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "registration");

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void theHelpedFormRegistersTheSameFamilyWithFewerClicksAndTypedFields() throws Exception {
        long run = System.nanoTime();
        String latin = "Tahhan" + letters(run, 'a');
        String arabic = "الطحان" + letters(run, 'ب');
        String officer = officer("keys." + letters(run, 'a'));
        Files.createDirectories(SCREENSHOTS);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            Counted everything = new Counted(browser);
            browser.go("/households/new?lang=en");
            typeEverything(everything, arabic, latin);
            String fullText = browser.find("#members-table").getText();

            Counted helped = new Counted(browser);
            browser.go("/households/new?lang=en");
            assertThat(browser.find("#registrationSite").getAttribute("value"))
                    .as("site remembered")
                    .isEqualTo("Masnaa crossing");
            assertThat(browser.find("#crossingPoint").getAttribute("value"))
                    .as("crossing remembered")
                    .isEqualTo("MASNAA");
            typeWithHelp(helped, arabic, latin);
            String helpedText = browser.find("#members-table").getText();
            browser.screenshot("registration/helped-household-en");

            int estimatedYear = LocalDate.now().minusYears(9).getYear();
            assertThat(helpedText)
                    .contains(
                            "أحمد محمد خالد " + arabic,
                            "Ahmad Mohammad Khaled " + latin,
                            "لؤلؤة محمد خالد " + arabic,
                            "Lulua Mohammad Khaled " + latin,
                            String.valueOf(estimatedYear));
            assertThat(fullText).contains("أحمد محمد خالد " + arabic, "Lulua Mohammad Khaled " + latin);
            String figures = "before: " + everything + "\nafter: " + helped + "\n";
            Files.writeString(SCREENSHOTS.resolve("field-use.txt"), figures);
            System.out.println("Registering a household of four\n" + figures);
            assertThat(helped.clicks).isLessThan(everything.clicks);
            assertThat(helped.typed).isLessThan(everything.typed);
        }
    }

    @Test
    void fillsAChildsNamesFromTheFatherInArabicAndTakesThemBackForASpouse() throws Exception {
        String officer = officer("keys.ar." + letters(System.nanoTime(), 'a'));
        Files.createDirectories(SCREENSHOTS);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households/new?lang=ar");
            assertThat(browser.find("#add-member").getText())
                    .contains("إضافة فرد")
                    .contains("Alt+N");
            principal(new Counted(browser), "الطحان", "Tahhan");
            new Select(browser.find("[id='members0.sex']")).selectByValue("M");
            browser.type("[id='members0.birthDate']", "1980");
            assertThat(browser.find("[id='members0.birthDate.age-shown']").getText())
                    .contains(String.valueOf(LocalDate.now().getYear() - 1980));

            browser.find("[id='members0.birthDate']").sendKeys(Keys.chord(Keys.ALT, "n"));
            browser.find("#member-1");
            browser.waitFor()
                    .until(driver -> "members1.relationship"
                            .equals(driver.switchTo().activeElement().getAttribute("id")));
            assertThat(value(browser, "members1.fatherNameAr")).isEqualTo("محمد");
            assertThat(value(browser, "members1.grandfatherNameAr")).isEqualTo("خالد");
            assertThat(value(browser, "members1.familyNameAr")).isEqualTo("الطحان");
            assertThat(value(browser, "members1.familyNameLatin")).isEqualTo("Tahhan");
            assertThat(new Select(browser.find("[id='members1.sex']"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("M");
            browser.screenshot("registration/prefill-ar");

            browser.type("[id='members1.familyNameLatin']", "Al-Tahhan");
            new Select(browser.find("[id='members1.relationship']")).selectByValue("SPOUSE");
            assertThat(value(browser, "members1.fatherNameAr"))
                    .as("a spouse's father is not the principal")
                    .isEmpty();
            assertThat(value(browser, "members1.familyNameAr")).isEmpty();
            assertThat(value(browser, "members1.familyNameLatin"))
                    .as("what the officer typed stays")
                    .isEqualTo("Al-Tahhan");
            assertThat(new Select(browser.find("[id='members1.sex']"))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo("F");
        }
    }

    /** The household as the form used to need it: every field typed, every member added with the mouse. */
    private static void typeEverything(Counted form, String familyArabic, String family) {
        journey(form, true);
        principal(form, familyArabic, family);
        form.select("[id='members0.sex']", "M");
        form.type("[id='members0.birthDate']", "1980-04-02");
        form.click("#add-member");
        form.select("[id='members1.relationship']", "SPOUSE");
        spouse(form);
        form.select("[id='members1.sex']", "F");
        form.click("#add-member");
        child(form, 2, "أحمد", "Ahmad", familyArabic, family);
        form.select("[id='members2.sex']", "M");
        form.type("[id='members2.birthDate']", "2012");
        form.click("#add-member");
        form.select("[id='members3.relationship']", "DAUGHTER");
        child(form, 3, "لؤلؤة", "Lulua", familyArabic, family);
        form.select("[id='members3.sex']", "F");
        form.type("[id='members3.birthDate']", "2016");
        form.submit("#register-button");
    }

    /** The same household with the form's help. */
    private static void typeWithHelp(Counted form, String familyArabic, String family) {
        journey(form, false);
        principal(form, familyArabic, family);
        form.select("[id='members0.sex']", "M");
        form.type("[id='members0.birthDate']", "1980-04-02");
        form.addMemberByKey("[id='members0.birthDate']", 1);
        form.select("[id='members1.relationship']", "SPOUSE");
        spouse(form);
        form.addMemberByKey("[id='members1.birthDate']", 2);
        form.type("[id='members2.givenNameAr']", "أحمد");
        form.type("[id='members2.givenNameLatin']", "Ahmad");
        form.type("[id='members2.birthDate']", "2012");
        form.addMemberByKey("[id='members2.birthDate']", 3);
        form.select("[id='members3.relationship']", "DAUGHTER");
        form.type("[id='members3.givenNameAr']", "لؤلؤة");
        form.type("[id='members3.givenNameLatin']", "Lulua");
        form.type("[id='members3.age']", "9");
        form.submit("#register-button");
    }

    private static void journey(Counted form, boolean placesTyped) {
        form.type("#originCountry", "LBN");
        if (placesTyped) {
            form.type("#crossingPoint", "MASNAA");
        }
        form.type("#destinationPcode", "SY020000");
        if (placesTyped) {
            form.type("#registrationSite", "Masnaa crossing");
        }
    }

    private static void principal(Counted form, String familyArabic, String familyLatin) {
        form.type("[id='members0.givenNameAr']", "محمد");
        form.type("[id='members0.givenNameLatin']", "Mohammad");
        form.type("[id='members0.fatherNameAr']", "خالد");
        form.type("[id='members0.fatherNameLatin']", "Khaled");
        form.type("[id='members0.grandfatherNameAr']", "سليم");
        form.type("[id='members0.grandfatherNameLatin']", "Salim");
        form.type("[id='members0.familyNameAr']", familyArabic);
        form.type("[id='members0.familyNameLatin']", familyLatin);
    }

    private static void spouse(Counted form) {
        form.type("[id='members1.givenNameAr']", "نور");
        form.type("[id='members1.givenNameLatin']", "Nour");
        form.type("[id='members1.fatherNameAr']", "حسن");
        form.type("[id='members1.fatherNameLatin']", "Hasan");
        form.type("[id='members1.familyNameAr']", "الحلبي");
        form.type("[id='members1.familyNameLatin']", "Al-Halabi");
        form.type("[id='members1.birthDate']", "1984");
    }

    /** A child's whole chain typed, as the form needed before it filled the father's side in. */
    private static void child(
            Counted form, int index, String givenArabic, String givenLatin, String familyArabic, String family) {
        String prefix = "[id='members" + index + ".";
        form.type(prefix + "givenNameAr']", givenArabic);
        form.type(prefix + "givenNameLatin']", givenLatin);
        form.type(prefix + "fatherNameAr']", "محمد");
        form.type(prefix + "fatherNameLatin']", "Mohammad");
        form.type(prefix + "grandfatherNameAr']", "خالد");
        form.type(prefix + "grandfatherNameLatin']", "Khaled");
        form.type(prefix + "familyNameAr']", familyArabic);
        form.type(prefix + "familyNameLatin']", family);
    }

    /** Six letters from {@code first} on that make each run's names its own. */
    private static String letters(long number, char first) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append((char) (first + (int) (number % 18)));
            number /= 18;
        }
        return text.toString();
    }

    private static String value(Browser browser, String id) {
        return browser.find("[id='" + id + "']").getAttribute("value");
    }

    private String officer(String username) {
        users.create(username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(username, List.of(ScopeGrant.parse("area:SY02")));
        return username;
    }

    /** The browser's actions on the form, counted: a click, a chosen option or a shortcut key is one click. */
    private static final class Counted {
        private final Browser browser;
        private int clicks;
        private int typed;

        Counted(Browser browser) {
            this.browser = browser;
        }

        void type(String css, String text) {
            browser.type(css, text);
            typed++;
        }

        void click(String css) {
            int before = browser.driver()
                    .findElements(By.cssSelector("#members fieldset"))
                    .size();
            browser.click(css);
            clicks++;
            if ("#add-member".equals(css)) {
                browser.find("#member-" + before);
            }
        }

        void select(String css, String value) {
            new Select(browser.find(css)).selectByValue(value);
            clicks++;
        }

        void addMemberByKey(String fromCss, int index) {
            browser.find(fromCss).sendKeys(Keys.chord(Keys.ALT, "n"));
            clicks++;
            browser.find("#member-" + index);
        }

        void submit(String css) {
            browser.submit(css);
            clicks++;
        }

        @Override
        public String toString() {
            return clicks + " clicks, " + typed + " typed fields";
        }
    }
}
