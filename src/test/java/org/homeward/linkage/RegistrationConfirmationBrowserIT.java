package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegistrationProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The registration form in English and Arabic: places typed by name (an ambiguous one chosen from
 * its places, an unknown one refused with words), and a very likely duplicate registered only once
 * the officer confirms the match named on the form with a reason the history keeps.
 */
@HomewardTest
class RegistrationConfirmationBrowserIT {

    private static final String PASSWORD = "a long confirmation password";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "registration");

    @Autowired
    UserService users;

    @Autowired
    DuplicateIndex index;

    @Autowired
    RegistrationProperties settings;

    @LocalServerPort
    int port;

    @BeforeEach
    void confirmationOn() throws Exception {
        settings.setConfirmVeryLikelyDuplicates(true);
        index.build();
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void confirmationOff() {
        settings.setConfirmVeryLikelyDuplicates(false);
    }

    @Test
    void resolvesPlacesByNameAndAsksToConfirmAVeryLikelyDuplicateInEnglish() throws Exception {
        String officer = officer("confirm.en." + letters(System.nanoTime(), 'a'));
        String family = "Zarqawi" + letters(System.nanoTime() / 7, 'a');
        String reference = registered(officer, family, "الزرقاوي", "1966-08-19");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households/new?lang=en");
            assertThat(browser.find("label[for='destinationPcode']").getText()).doesNotContain("P-code");
            assertThat(browser.find("label[for='originCountry']").getText()).doesNotContain("ISO");
            browser.type("#originCountry", "Lebanon");
            browser.type("#crossingPoint", "MASNAA");
            browser.type("#destinationPcode", "Suran");
            principal(browser, family, "الزرقاوي", "1966-08-19");
            browser.click("#consent-REGISTRATION");
            browser.click("#consent-STATISTICS");
            browser.type("#consentGivenBy", "principal");
            new Select(browser.find("#consentMethod")).selectByValue("VERBAL");
            browser.submit("#register-button");

            assertThat(browser.find("#form-problems").getText()).contains("Several places have this name");
            assertThat(browser.find("#destinationPcode-choices").getText()).contains("SY020405", "SY050101");
            assertThat(browser.find("#originCountry").getAttribute("value"))
                    .as("Lebanon read as its code")
                    .isEqualTo("LBN");
            browser.screenshot("registration/place-choices-en");
            browser.click("#destinationPcode-choices button[data-pcode='SY020405']");
            assertThat(browser.find("#destinationPcode").getAttribute("value")).isEqualTo("SY020405");
            browser.submit("#register-button");

            assertThat(browser.find("#duplicate-confirmation").getText())
                    .contains(reference, "Abdulkarim")
                    .contains("very likely already registered");
            browser.screenshot("registration/duplicate-confirmation-en");
            browser.type("#duplicateReason", "Cousin of the same name; different mother");
            browser.submit("#confirm-register-button");

            browser.find("#registered-notice");
            assertThat(browser.find("#history").getText())
                    .contains(
                            "Registered although very likely already registered",
                            "Cousin of the same name; different mother",
                            reference);
            assertThat(browser.find("#history").getText()).contains("Consent recorded");
            assertThat(browser.find("#consent-form input[value='REGISTRATION']").isSelected())
                    .isTrue();
            assertThat(browser.find("#consent-form input[value='STATISTICS']").isSelected())
                    .isTrue();
            assertThat(browser.find("#consent-form input[value='REFERRAL']").isSelected())
                    .isFalse();
        }
    }

    @Test
    void refusesAnUnknownPlaceAndAsksToConfirmAVeryLikelyDuplicateInArabic() throws Exception {
        String officer = officer("confirm.ar." + letters(System.nanoTime(), 'a'));
        String arabic = "الحموي" + letters(System.nanoTime() / 7, 'ب');
        String latin = "Hamawi" + letters(System.nanoTime() / 7, 'a');
        String reference = registered(officer, latin, arabic, "1971-01-30");
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/households/new?lang=ar");
            browser.type("#originCountry", "لبنان");
            browser.type("#destinationPcode", "قريةلاوجودلها");
            principal(browser, latin, arabic, "1971-01-30");
            browser.click("#consent-REFERRAL");
            new Select(browser.find("#consentMethod")).selectByValue("WRITTEN");
            browser.submit("#register-button");
            String problems = browser.find("#form-problems").getText();
            assertThat(problems).contains("لا يوجد مكان بهذا الاسم");
            browser.screenshot("registration/place-unknown-ar");

            browser.type("#destinationPcode", "SY020000");
            browser.submit("#register-button");
            assertThat(browser.find("#form-problems").getText())
                    .as("consent checked with the registration")
                    .contains("الإحالة تحتاج إلى ذكر الشركاء", "اذكر من أعطى الموافقة")
                    .doesNotContain("consent.");
            browser.screenshot("registration/consent-refused-ar");
            browser.type("#consentPartners", "UNHCR, NRC");
            browser.type("#consentGivenBy", "رب الأسرة");
            browser.submit("#register-button");
            assertThat(browser.find("#duplicate-confirmation legend").getText()).isEqualTo("مسجّل سابقاً على الأرجح");
            assertThat(browser.find("#duplicate-confirmation").getText()).contains(reference);
            assertThat(browser.find("#register-button").getText()).isEqualTo("سجّل رغم ذلك");
            browser.screenshot("registration/duplicate-confirmation-ar");
            browser.type("#duplicateReason", "أخ توأم بوثيقة مختلفة");
            browser.submit("#register-button");
            browser.find("#registered-notice");
            assertThat(browser.find("#history").getText()).contains("أخ توأم بوثيقة مختلفة", reference);
            assertThat(browser.find("#partners").getAttribute("value")).contains("UNHCR", "NRC");
        }
    }

    private String registered(String officer, String familyLatin, String familyArabic, String birthDate) {
        Map<String, Object> household = HouseholdFixtures.atMasnaaForAleppo(List.of(HouseholdFixtures.member(
                "PRINCIPAL",
                "عبد الكريم",
                "Abdulkarim",
                "فوزي",
                "Fawzi",
                familyArabic,
                familyLatin,
                "M",
                birthDate,
                null,
                List.of())));
        ApiClient.Answer answer = new ApiClient(port, officer, PASSWORD).post("/api/v1/households", household);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("reference").asString();
    }

    private static void principal(Browser browser, String familyLatin, String familyArabic, String birthDate) {
        browser.type("[id='members0.givenNameAr']", "عبد الكريم");
        browser.type("[id='members0.givenNameLatin']", "Abdulkarim");
        browser.type("[id='members0.fatherNameAr']", "فوزي");
        browser.type("[id='members0.fatherNameLatin']", "Fawzi");
        browser.type("[id='members0.familyNameAr']", familyArabic);
        browser.type("[id='members0.familyNameLatin']", familyLatin);
        new Select(browser.find("[id='members0.sex']")).selectByValue("M");
        browser.type("[id='members0.birthDate']", birthDate);
    }

    private String officer(String username) {
        users.create(username, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
        users.setScopes(username, List.of(ScopeGrant.parse("area:SY02")));
        return username;
    }

    private static String letters(long number, char first) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append((char) (first + (int) (number % 18)));
            number /= 18;
        }
        return text.toString();
    }
}
