package org.homeward.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@HomewardTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlaceApiIT {

    private static final String PASSWORD = "places-test-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    PlaceDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlaceLookup lookup;

    @Autowired
    TemplateEngine templates;

    @BeforeAll
    void createUsers() {
        users.create("places.officer", Role.REGISTRATION_OFFICER, PASSWORD, "UNHCR");
        users.setScopes("places.officer", java.util.List.of(org.homeward.access.ScopeGrant.parse("area:SY02")));
        users.create("places.analyst", Role.ANALYST, PASSWORD, "OCHA");
    }

    private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (username != null) {
            request.header("Authorization", basic(username));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, "places.analyst");
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }

    @Test
    void refusesEveryPlacesEndpointWithoutCredentials() throws Exception {
        for (String path : List.of(
                "/api/v1/places",
                "/api/v1/places/SY02",
                "/api/v1/places/countries",
                "/api/v1/places/crossings",
                "/api/v1/places/resolve?q=Aleppo",
                "/api/v1/places/suggest?q=Aleppo")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void listsUnitsByLevelAndParent() throws Exception {
        PlaceReferenceData shipped = PlaceReferenceFiles.read();
        assertThat(json("/api/v1/places")).hasSize(shipped.areas().size());
        assertThat(json("/api/v1/places?level=GOVERNORATE")).hasSize(14);
        assertThat(json("/api/v1/places?level=sub-district")).hasSize(272);
        JsonNode aleppoDistricts = json("/api/v1/places?level=DISTRICT&parent=SY02");
        assertThat(texts(aleppoDistricts, "pcode"))
                .isNotEmpty()
                .contains("SY0202")
                .containsExactlyElementsOf(shipped.areas().stream()
                        .filter(place -> "SY02".equals(place.parentPcode()))
                        .map(Place::pcode)
                        .sorted()
                        .toList());
        assertThat(texts(aleppoDistricts, "nameAr")).contains("الباب");
    }

    @Test
    void answersABadLevelOrParentWithAProblem() throws Exception {
        HttpResponse<String> badLevel = get("/api/v1/places?level=village", "places.officer");
        assertThat(badLevel.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badLevel.body()).path("code").asString()).isEqualTo("PLACE_LEVEL_INVALID");
        HttpResponse<String> badParent = get("/api/v1/places?parent=SY99", "places.officer");
        assertThat(badParent.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badParent.body()).path("code").asString()).isEqualTo("PLACE_PARENT_UNKNOWN");
    }

    @Test
    void readsOneUnitWithItsAliasesAncestorsAndChildren() throws Exception {
        JsonNode district = json("/api/v1/places/SY0202");
        assertThat(district.path("place").path("nameEn").asString()).isEqualTo("Al-Bab");
        assertThat(district.path("place").path("level").asString()).isEqualTo("DISTRICT");
        assertThat(texts(district.path("within"), "pcode")).containsExactly("SY02");
        assertThat(texts(district.path("children"), "pcode"))
                .contains("SY020200")
                .allMatch(code -> code.startsWith("SY0202"));
        JsonNode subdistrict = json("/api/v1/places/sy020200");
        assertThat(texts(subdistrict.path("within"), "pcode")).containsExactly("SY02", "SY0202");
        assertThat(subdistrict.path("place").path("population").isNumber()).isTrue();
        assertThat(texts(subdistrict.path("aliases"), "value")).isNotEmpty();
    }

    @Test
    void answersAnUnknownPcodeWithNotFound() throws Exception {
        HttpResponse<String> response = get("/api/v1/places/SY9999", "places.officer");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("code").asString()).isEqualTo("PLACE_NOT_FOUND");
    }

    @Test
    void listsCountriesAndCrossings() throws Exception {
        JsonNode countries = json("/api/v1/places/countries");
        assertThat(texts(countries, "iso3")).contains("LBN", "TUR", "JOR", "IRQ", "EGY", "DEU");
        assertThat(countries).anySatisfy(country -> {
            assertThat(country.path("iso3").asString()).isEqualTo("LBN");
            assertThat(country.path("nameAr").asString()).isEqualTo("لبنان");
        });
        JsonNode crossings = json("/api/v1/places/crossings");
        assertThat(crossings).hasSize(17);
        assertThat(crossings).anySatisfy(crossing -> {
            assertThat(crossing.path("code").asString()).isEqualTo("NASIB");
            assertThat(crossing.path("neighbourCountry").asString()).isEqualTo("JOR");
            assertThat(crossing.path("coordinatesApproximate").asBoolean()).isTrue();
        });
    }

    @Test
    void resolvesNamesAndReportsAmbiguousAndUnknownOnes() throws Exception {
        JsonNode resolved = json("/api/v1/places/resolve?q=" + encode("Suran, Hama"));
        assertThat(resolved.path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.path("candidates").path(0).path("pcode").asString()).isEqualTo("SY050101");
        JsonNode ambiguous = json("/api/v1/places/resolve?q=" + encode("صوران"));
        assertThat(ambiguous.path("status").asString()).isEqualTo("AMBIGUOUS");
        assertThat(ambiguous.path("reason").asString()).isEqualTo("SAME_NAME_FOR_DIFFERENT_PLACES");
        assertThat(texts(ambiguous.path("candidates"), "pcode")).containsExactlyInAnyOrder("SY020405", "SY050101");
        JsonNode byLevel = json("/api/v1/places/resolve?q=" + encode("Hasakeh") + "&level=SUBDISTRICT");
        assertThat(byLevel.path("candidates").path(0).path("pcode").asString()).isEqualTo("SY080000");
        JsonNode unknown = json("/api/v1/places/resolve?q=SY9999");
        assertThat(unknown.path("status").asString()).isEqualTo("UNKNOWN");
        assertThat(unknown.path("message").asString()).contains("SY9999");
        assertThat(get("/api/v1/places/resolve", "places.officer").statusCode()).isEqualTo(400);
    }

    @Test
    void suggestsPlacesAsJson() throws Exception {
        JsonNode suggestions = json("/api/v1/places/suggest?q=" + encode("حلب") + "&limit=3");
        assertThat(suggestions).hasSizeLessThanOrEqualTo(3);
        assertThat(suggestions.path(0).path("pcode").asString()).isEqualTo("SY02");
        assertThat(suggestions.path(0).path("nameEn").asString()).isEqualTo("Aleppo");
    }

    @Test
    void rejectsAHouseholdGoingToAnUnknownPcode() throws Exception {
        HttpResponse<String> unknown = postHousehold("SY9999");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(texts(JSON.readTree(unknown.body()).path("errors"), "code")).contains("DESTINATION_UNKNOWN");
        assertThat(postHousehold("SY020200").statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> postHousehold(String destination) throws IOException, InterruptedException {
        String body = """
                {"registrationSite": "Masnaa", "journey": {"returnType": "REFUGEE", "originCountry": "LBN",
                 "crossingPoint": "MASNAA", "destinationPcode": "%s"},
                 "members": [{"relationship": "PRINCIPAL", "givenNameLatin": "Ahmad", "sex": "M", "birthDate": "1980"}]}
                """.formatted(destination);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/households"))
                        .header("Authorization", basic("places.officer"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loadsTheShippedDataOnceAndAgainOnlyWhenItsVersionChanges() {
        PlaceReferenceData shipped = PlaceReferenceFiles.read();
        assertThat(loader.loadIfChanged(shipped)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM place_area WHERE current")
                        .query(Integer.class)
                        .single())
                .isEqualTo(shipped.areas().size());
        assertThat(jdbc.sql("SELECT count(*) FROM place_alias")
                        .query(Integer.class)
                        .single())
                .isEqualTo(shipped.aliasCount());

        jdbc.sql("UPDATE place_data_version SET checksum = 'an older release'").update();
        jdbc.sql("UPDATE place_area SET name_en = 'Changed by hand' WHERE pcode = 'SY02'")
                .update();
        assertThat(loader.loadIfChanged(shipped)).isTrue();
        assertThat(jdbc.sql("SELECT name_en FROM place_area WHERE pcode = 'SY02'")
                        .query(String.class)
                        .single())
                .isEqualTo("Aleppo");
        assertThat(jdbc.sql("SELECT checksum FROM place_data_version")
                        .query(String.class)
                        .single())
                .isEqualTo(shipped.checksum());
        assertThat(jdbc.sql("SELECT count(*) FROM place_alias")
                        .query(Integer.class)
                        .single())
                .isEqualTo(shipped.aliasCount());
    }

    @Test
    void showsThePlacesPageInEnglishAndArabic() throws Exception {
        PageSession session = new PageSession();
        String english = session.get("/places?lang=en");
        assertThat(english).contains("dir=\"ltr\"", "Aleppo", "SY020200", "Jdeidet Yabous", "Lebanon");
        assertThat(count(english, "class=\"level-subdistrict\"")).isEqualTo(272);
        assertThat(count(english, "class=\"level-district\"")).isEqualTo(62);
        String arabic = session.get("/places?lang=ar");
        assertThat(arabic).contains("dir=\"rtl\"", "lang=\"ar\"", "حلب", "الباب", "ناحية", "بلدان اللجوء");
    }

    @Test
    void offersSuggestionsAsAnHtmlFragment() throws Exception {
        PageSession session = new PageSession();
        String options = session.get("/places/suggest?q=" + encode("Hasak") + "&target=destinationPcode&lang=en");
        assertThat(options)
                .startsWith("<ul")
                .contains("data-pcode=\"SY08\"", "data-target=\"destinationPcode\"", "Al-Hasakah", "Governorate")
                .doesNotContain("<html");
        String arabic = session.get("/places/suggest?q=" + encode("حسكة") + "&target=x%22onclick&lang=ar");
        assertThat(arabic).contains("الحسكة", "محافظة").doesNotContain("onclick");
        assertThat(session.get("/places/suggest?q=" + encode("zzzzzz") + "&lang=en"))
                .contains("No place has a name like this");
    }

    @Test
    void answersTheCheckOfAPlaceNameInTheUsersLanguage() throws Exception {
        PageSession session = new PageSession();
        String ambiguous = session.get("/places/resolve?q=" + encode("Suran") + "&lang=en", true);
        assertThat(ambiguous)
                .contains("data-status=\"AMBIGUOUS\"", "Different places have this name", "SY020405", "SY050101")
                .doesNotContain("<html");
        String resolved = session.get("/places/resolve?q=" + encode("الحسكة") + "&level=DISTRICT&lang=ar", true);
        assertThat(resolved).contains("data-status=\"RESOLVED\"", "تم العثور على المكان", "SY0800");
        String withoutScript = session.get("/places/resolve?q=" + encode("Atlantis") + "&lang=en", false);
        assertThat(withoutScript)
                .contains(
                        "<html",
                        "data-status=\"UNKNOWN\"",
                        "No place has a name like this",
                        "value=\"Atlantis\"",
                        "SY020200");
    }

    @Test
    void offersCountryAndCrossingListsForCodeInputs() {
        Context context = new Context(Locale.forLanguageTag("ar"));
        context.setVariable("lang", "ar");
        context.setVariable("countries", lookup.countries());
        context.setVariable("crossings", lookup.crossings());
        String countries = templates.process("places/options", Set.of("countries"), context);
        assertThat(countries).contains("<datalist id=\"countries\">", "value=\"LBN\"", "لبنان");
        String crossings = templates.process("places/options", Set.of("crossings"), context);
        assertThat(crossings).contains("<datalist id=\"crossings\">", "value=\"MASNAA\"", "جديدة يابوس");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** A browser session signed in through the login form, as people use the pages. */
    private final class PageSession {
        private final HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        PageSession() throws IOException, InterruptedException {
            String loginPage = get("/login");
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
            assertThat(token.find()).as("CSRF token on the login page").isTrue();
            String form = "username=places.officer&password=" + PASSWORD + "&_csrf=" + encode(token.group(1));
            HttpResponse<String> signedIn = browser.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.uri().getPath()).isNotEqualTo("/login");
        }

        String get(String path) throws IOException, InterruptedException {
            return get(path, false);
        }

        /** The page, or with {@code fromHtmx} the fragment htmx would ask for. */
        String get(String path, boolean fromHtmx) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
            if (fromHtmx) {
                request.header("HX-Request", "true");
            }
            HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
