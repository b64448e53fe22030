package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nationality and place of birth typed by name in the browser, in English and Arabic: a name several
 * countries begin with offered as choices, a place and countries read into codes, shown by name in
 * the page's language, and corrected on the household page with the change in its history.
 */
@HomewardTest
class BirthAndNationalityBrowserIT {

    private static final String PASSWORD = "a long birth place password";
    private static final Path SHOTS = Path.of("target", "screenshots", "birth");

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void offersTheCountriesAnAmbiguousNameMayMeanAndReadsAPlaceOfBirthByNameInEnglish() throws Exception {
        String family = "Mawlidi" + letters(System.nanoTime());
        String officer = officer("born.en." + letters(System.nanoTime()).toLowerCase());
        Files.createDirectories(SHOTS);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households/new?lang=en");
            journeyAndPrincipal(browser, family);
            browser.type("[id='members0.nationality']", "Mal");
            browser.type("[id='members0.birthPlace']", "Areesheh");
            browser.submit("#register-button");

            assertThat(browser.find("#form-problems").getText()).contains("Nationality");
            String choices = browser.find("[id='members0.nationality-choices']").getText();
            assertThat(choices).contains("Malaysia").contains("Malta");
            browser.screenshot("birth/nationality-choices-en");
            browser.click("[id='members0.nationality-choices'] [data-pcode='MYS']");
            assertThat(browser.find("[id='members0.nationality']").getAttribute("value"))
                    .isEqualTo("MYS");
            assertThat(browser.find("[id='members0.birthPlace']").getAttribute("value"))
                    .isEqualTo("Areesheh");
            browser.submit("#register-button");

            browser.find("#registered-notice");
            String members = browser.find("#members-table").getText();
            assertThat(members).contains("Malaysia").contains("Areesheh").contains("SY080005");
            browser.screenshot("birth/registered-en");
        }
        assertThat(jdbc.sql("""
                        SELECT nationality || ' ' || birth_country || ' ' || birth_place FROM individual
                        WHERE family_name_latin = :family""").param("family", family).query(String.class).single())
                .isEqualTo("MYS SYR SY080005");
    }

    @Test
    void readsArabicNamesShowsThemInArabicAndCorrectsThePlaceOfBirth() throws Exception {
        String family = "Mawlida" + letters(System.nanoTime());
        String officer = officer("born.ar." + letters(System.nanoTime()).toLowerCase());
        Files.createDirectories(SHOTS);
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households/new?lang=ar");
            assertThat(browser.attributeOfPage("dir")).isEqualTo("rtl");
            journeyAndPrincipal(browser, family);
            browser.type("[id='members0.nationality']", "سوريا");
            browser.type("[id='members0.birthCountry']", "لبنان");
            browser.type("[id='members0.birthTown']", "طرابلس");
            browser.screenshot("birth/typed-ar");
            browser.submit("#register-button");

            browser.find("#registered-notice");
            assertThat(browser.find("#members-table thead").getText())
                    .contains("الجنسية")
                    .contains("مكان الولادة");
            assertThat(browser.find("#members-table .nationality").getText()).isEqualTo("سوريا");
            assertThat(browser.find("#members-table .birth-place").getText())
                    .contains("طرابلس")
                    .contains("لبنان");
            browser.screenshot("birth/registered-ar");

            String principal = jdbc.sql("SELECT CAST(id AS text) FROM individual WHERE family_name_latin = :family")
                    .param("family", family)
                    .query(String.class)
                    .single();
            browser.click("#correction-" + principal + " > summary");
            browser.type("#member-0-birthPlace", "العريشة");
            browser.find("#member-0-birthCountry").clear();
            browser.find("#member-0-birthTown").clear();
            browser.type("#member-0-reason", "مكان الولادة من البطاقة الشخصية");
            browser.submit("#correct-member-0 .correct-member-button");
            browser.find("#correction-saved");
            assertThat(browser.find("#members-table .birth-place").getText())
                    .contains("العريشة")
                    .doesNotContain("لبنان");
            // The history names the field as the form does and the place by its name, not by path and code.
            assertThat(browser.find("#history").getText())
                    .contains("الفرد 1 · مكان الولادة في سوريا (بلدة أو منطقة)")
                    .contains("العريشة")
                    .doesNotContain("members[0]")
                    .doesNotContain("SY080005")
                    .contains("مكان الولادة من البطاقة الشخصية");
            browser.screenshot("birth/corrected-ar");
        }
    }

    /** The journey and the principal's names, sex and birth year, the same in both languages. */
    private static void journeyAndPrincipal(Browser browser, String family) {
        browser.type("#originCountry", "LBN");
        browser.type("#destinationPcode", "SY020000");
        browser.type("[id='members0.givenNameLatin']", "Nizar");
        browser.type("[id='members0.familyNameLatin']", family);
        new Select(browser.find("[id='members0.sex']")).selectByValue("M");
        browser.type("[id='members0.birthDate']", "1977");
    }

    private String officer(String username) {
        users.create(username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(username, List.of(ScopeGrant.parse("area:SY02")));
        return username;
    }

    private static String letters(long seed) {
        StringBuilder letters = new StringBuilder();
        long rest = Math.abs(seed);
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + rest % 26));
            rest /= 26;
        }
        return letters.toString();
    }
}
