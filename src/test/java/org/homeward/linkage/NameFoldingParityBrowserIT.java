package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.ApiClient;
import org.homeward.Browser;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.linkage.engine.GivenNameList;
import org.homeward.registry.ChainPart;
import org.homeward.registry.FoldedSpellings;
import org.homeward.registry.SearchText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The device's name folding (name-folding.js) run in Chromium over every spelling of the given-name list
 * and a set of hard cases in both scripts, each answer compared with the server's: the search form, the
 * spelling keys as a given name and as a family name, and the listed name (with the map the server serves).
 * Any difference fails.
 */
@HomewardTest
class NameFoldingParityBrowserIT {

    private static final String PASSWORD = "name folding password";
    /** Names the rules treat specially: articles, hamza, ta marbuta, alef maqsura, diacritics, tatweel, accents. */
    private static final List<String> HARD = List.of(
            "Al-Hamwi",
            "Alhamwi",
            "El Masri",
            "al masri",
            "As-Saleh",
            "as saleh",
            "Ad-Dayri",
            "Abdul Rahman",
            "Abd al-Rahman",
            "Abdel-Kader",
            "Abdulla",
            "Abdallah",
            "عبد الرحمن",
            "عبدالرحمن",
            "عبد الله",
            "أحمد",
            "إبراهيم",
            "آمنة",
            "ٱلحسن",
            "فاطمة",
            "مصطفى",
            "مُحَمَّد",
            "محمـــد",
            "عَلِيّ",
            "مؤمن",
            "هيئة",
            "عائشة",
            "ء",
            "سماء",
            "عمرو",
            "ال حموي",
            "الحموي",
            "المصري",
            "Mhd",
            "MOHD",
            "Muhd",
            "Mohamd",
            "Hassane",
            "Çelik",
            "Žaklina",
            "José",
            "Müller",
            "Aly",
            "Hamdy",
            "Yousef",
            "Hiyam",
            "O'Neil",
            "Ma’mun",
            "Qasim",
            "Philip",
            "Chadi",
            "Djamila",
            "Jack",
            "٣٤ Ali",
            "Ali ۵",
            "Mohammed  Ali",
            "  Spaced  Out  ",
            "Al",
            "El",
            "al-",
            "-",
            "Abu Bakr",
            "Nour El-Din",
            "Nour al Houda",
            "Ḥasan",
            "ʿAli",
            "ʾAmina",
            "Maryam.",
            "Ahmed-Ali",
            "MARYAM",
            "Ibrahiem",
            "Youssouf",
            "Aaisha",
            "Hammoud",
            "Mahmood",
            "Zaynab",
            "Zeinab",
            "Rouba",
            "Shaymaa",
            "Chaimae",
            "İlknur",
            "ﻣﺤﻤﺪ",
            "ﷲ",
            "Ａｈｍａｄ",
            "Ahmad\u00a0Ali",
            "Ahmad\tAli",
            "Xavier",
            "Khaled",
            "Khalid",
            "Khaaled");

    @Autowired
    UserService users;

    @Autowired
    FoldedSpellings folding;

    @Autowired
    DeviceNameList names;

    @LocalServerPort
    int port;

    @Test
    void theDeviceFoldsEveryNameAsTheServerDoes() throws Exception {
        Set<String> all = new LinkedHashSet<>(HARD);
        for (String line : GivenNameList.shippedLines()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] columns = line.split("\t");
                for (int column = 1; column < columns.length; column++) {
                    for (String spelling : columns[column].split(",")) {
                        all.add(spelling.strip());
                        all.add("Al-" + spelling.strip());
                    }
                }
            }
        }
        List<String> tried = new ArrayList<>(all);
        assertThat(tried).hasSizeGreaterThan(300);
        assertThat(tried.stream()
                        .filter(name -> name.matches(".*[\\u0600-\\u06ff].*"))
                        .count())
                .isGreaterThan(100);
        String officer = "folding.officer." + Long.toString(System.nanoTime() % 1_000_000, 36);
        users.create(officer, Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");

        JsonNode answers;
        try (Browser browser = Browser.open(port)) {
            browser.signIn(officer, PASSWORD);
            browser.go("/");
            load(browser, "/js/name-folding.js");
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object result = ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("""
                    var names = JSON.parse(arguments[0]);
                    var done = arguments[arguments.length - 1];
                    fetch('/api/v1/linkage/given-names', {headers: {'Accept': 'application/json'}})
                      .then(function (response) { return response.json(); })
                      .then(function (listed) {
                        var f = window.HomewardNameFolding;
                        done(JSON.stringify(names.map(function (name) {
                          return {fold: f.fold(name), given: f.keys(name, 'GIVEN'), family: f.keys(name, 'FAMILY'),
                                  listed: f.listedName(name, listed)};
                        })));
                      })
                      .catch(function (e) { done('failed: ' + e); });""", ApiClient.json().writeValueAsString(tried));
            answers = ApiClient.json().readTree(String.valueOf(result));
        }
        assertThat(answers.size()).isEqualTo(tried.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < tried.size(); i++) {
            String name = tried.get(i);
            JsonNode device = answers.get(i);
            compare(
                    differences,
                    name,
                    "fold",
                    SearchText.fold(name),
                    device.path("fold").asString());
            compare(
                    differences,
                    name,
                    "given keys",
                    new TreeSet<>(folding.of(name, ChainPart.GIVEN)).toString(),
                    strings(device.path("given")));
            compare(
                    differences,
                    name,
                    "family keys",
                    new TreeSet<>(folding.of(name, ChainPart.FAMILY)).toString(),
                    strings(device.path("family")));
            compare(
                    differences,
                    name,
                    "listed",
                    String.valueOf(names.listedName(name)),
                    device.path("listed").isNull()
                            ? "null"
                            : device.path("listed").asString());
        }
        assertThat(differences).isEmpty();
        // The list is really used: spellings of one listed name are one name on the device too.
        assertThat(answers.get(tried.indexOf("Khaled")).path("listed").asString())
                .isEqualTo(answers.get(tried.indexOf("Khalid")).path("listed").asString())
                .isNotBlank();
    }

    static void load(Browser browser, String script) {
        ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var tag = document.createElement('script');
                tag.src = arguments[0];
                tag.onload = function () { done(true); };
                tag.onerror = function () { done(false); };
                document.head.appendChild(tag);""", script);
    }

    private static String strings(JsonNode array) {
        TreeSet<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values.toString();
    }

    private static void compare(List<String> differences, String name, String what, String server, String device) {
        if (!server.equals(device)) {
            differences.add("«" + name + "» " + what + ": server " + server + ", device " + device);
        }
    }
}
