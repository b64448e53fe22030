package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text people typed is shown isolated: a right-to-left override (U+202E) put into a registration
 * site, a reason, a note and a centre name reaches the pages only inside a {@code <bdi>}, so it
 * cannot turn the text around it backwards — in English and in Arabic.
 */
@HomewardTest
class BidiIsolationIT {

    private static final String OVERRIDE = "\u202E";
    private static final String PASSWORD = "bidi isolation password";
    /** A tag (its name in group 1) or a run of text. */
    private static final Pattern TOKEN = Pattern.compile("<(/?[a-zA-Z0-9]+)[^>]*>|[^<]+");

    private static final List<String> CONTROLS = List.of("option", "textarea", "title");

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    ApiClient api;
    PageSession pages;

    @BeforeEach
    void signIn() throws Exception {
        TestUsers.ensure(users, "bidi.admin", Role.ADMIN, PASSWORD, null);
        api = new ApiClient(port, "bidi.admin", PASSWORD);
        pages = PageSession.signIn(port, "bidi.admin", PASSWORD);
    }

    /**
     * Each value is shown on the page in English and in Arabic, and every override in the page's
     * text (attributes aside, and form controls, which are boxes of their own) is inside a bdi.
     */
    private void isolatedOn(String path, String... values) throws Exception {
        for (String language : List.of("en", "ar")) {
            isolatedIn(path, language, values);
        }
    }

    private void isolatedIn(String path, String language, String... values) throws Exception {
        String page = pages.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language)
                .body();
        List<String> isolated = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        int bdi = 0;
        boolean control = false;
        Matcher token = TOKEN.matcher(page);
        while (token.find()) {
            String tag = token.group(1);
            if (tag != null) {
                String name = tag.toLowerCase(java.util.Locale.ROOT);
                bdi += name.equals("bdi") ? 1 : name.equals("/bdi") ? -1 : 0;
                control = CONTROLS.contains(name) || (control && !CONTROLS.contains(name.substring(1)));
            } else if (token.group().contains(OVERRIDE) && !control) {
                (bdi > 0 ? isolated : bare).add(token.group());
            }
        }
        assertThat(bare).as(path + " in " + language).isEmpty();
        for (String value : values) {
            assertThat(isolated).as(path + " in " + language).anyMatch(text -> text.contains(value));
        }
    }

    @Test
    void aSiteAReasonAndANoteOfAHouseholdAreIsolated() throws Exception {
        Map<String, Object> household = new HashMap<>(HouseholdFixtures.familyOfFive("Al-Bidi", "البيدي"));
        household.put("registrationSite", "Masnaa " + OVERRIDE + "crossing");
        Answer registered = api.post("/api/v1/households", household);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        Map<String, Object> change = new HashMap<>(household);
        change.put("version", 0);
        change.put("reason", "spelling " + OVERRIDE + "fixed");
        change.put("registrationSite", "Masnaa " + OVERRIDE + "crossing point");
        assertThat(api.put("/api/v1/households/" + id, change).status()).isEqualTo(200);
        String member = registered.json().get("members").get(1).get("id").asString();
        assertThat(api.post(
                                "/api/v1/households/" + id + "/requests",
                                Map.of(
                                        "individualId",
                                        member,
                                        "kind",
                                        "ACCESS",
                                        "details",
                                        "asked " + OVERRIDE + "in person"))
                        .status())
                .isEqualTo(201);
        isolatedOn("/households/" + id, OVERRIDE + "crossing", OVERRIDE + "fixed", OVERRIDE + "in person");
    }

    @Test
    void aCentreNameIsIsolatedOnTheListAndOnItsBoard() throws Exception {
        String code = "BIDI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        Map<String, Object> centre = new HashMap<>();
        centre.put("code", code);
        centre.put("nameEn", "Kiswah " + OVERRIDE + "centre");
        centre.put("nameAr", "مركز " + OVERRIDE + "الكسوة");
        centre.put("pcode", "SY020000");
        centre.put("latitude", 33.36);
        centre.put("longitude", 36.24);
        centre.put("capacityPersons", 40);
        centre.put("capacityFamilies", 8);
        centre.put("accessibleUnits", 1);
        centre.put("services", new ArrayList<>(List.of("WATER")));
        centre.put("open", true);
        Answer created = api.post("/api/v1/centres", centre);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        for (String path : List.of("/centres", "/centres/" + code)) {
            isolatedIn(path, "en", OVERRIDE + "centre");
            isolatedIn(path, "ar", OVERRIDE + "الكسوة");
        }
    }

    @Test
    void aPublishedFiguresNoteIsIsolated() throws Exception {
        Map<String, Object> figure = new HashMap<>(Map.of(
                "indicator",
                "REFUGEE_RETURNS",
                "value",
                "1,250",
                "periodFrom",
                "2023-01-01",
                "periodTo",
                "2023-12-31",
                "areaType",
                "NATIONAL",
                "sourceOrganisation",
                "Agency " + OVERRIDE + "name",
                "publishedOn",
                "2024-01-15",
                "citation",
                "Returns " + OVERRIDE + "in 2023",
                "link",
                "https://example.org/returns"));
        figure.put("definitionNote", "counted " + OVERRIDE + "at the border");
        Answer recorded = api.post("/api/v1/statistics/figures", figure);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        isolatedOn("/statistics/figures", OVERRIDE + "name", OVERRIDE + "in 2023", OVERRIDE + "at the border");
    }
}
