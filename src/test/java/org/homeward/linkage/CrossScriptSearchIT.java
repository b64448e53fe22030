package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.HouseholdFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A name typed in Latin script finds the same name registered in Arabic script, within the caller's scope. */
@HomewardTest
class CrossScriptSearchIT {

    private static final String PASSWORD = "cross script password";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @BeforeEach
    void officers() {
        create("search.aleppo", "area:SY02");
        create("search.damascus", "area:SY01");
    }

    private void create(String username, String scope) {
        TestUsers.ensure(users, username, Role.REGISTRATION_OFFICER, PASSWORD, null, List.of(ScopeGrant.parse(scope)));
    }

    private ApiClient as(String username) {
        return new ApiClient(port, username, PASSWORD);
    }

    @Test
    void latinQueryFindsArabicOnlyRegistration() {
        String id = registerArabicOnly("الزعبلاوي");

        assertThat(foundIds("search.aleppo", "Mohammad Al-Zaablawi")).contains(id);
        assertThat(foundIds("search.aleppo", "Muhammed Zaablawi")).contains(id);
        assertThat(foundIds("search.aleppo", "محمد الزعبلاوي")).contains(id);
        assertThat(foundIds("search.aleppo", "Khaled Al-Zaablawi")).doesNotContain(id);
        assertThat(foundIds("search.damascus", "Mohammad Al-Zaablawi"))
                .as("outside the officer's area")
                .isEmpty();
    }

    @Test
    void arabicQueryFindsLatinOnlyRegistration() {
        Map<String, Object> household = HouseholdFixtures.familyOfFive("Qarqabouni", "القرقبوني");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = new ArrayList<>((List<Map<String, Object>>) household.get("members"));
        Map<String, Object> principal = new java.util.HashMap<>(members.get(0));
        principal.put("givenNameAr", null);
        principal.put("fatherNameAr", null);
        principal.put("familyNameAr", null);
        members.set(0, principal);
        Map<String, Object> body = new java.util.HashMap<>(household);
        body.put("members", members);
        Answer registered = as("search.aleppo").post("/api/v1/households", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();

        assertThat(foundIds("search.aleppo", "محمد احمد قرقبوني")).contains(id);
    }

    private String registerArabicOnly(String familyAr) {
        Map<String, Object> body = Map.of(
                "registrationSite", "Masnaa crossing",
                "journey",
                        Map.of(
                                "returnType",
                                "REFUGEE",
                                "originCountry",
                                "LBN",
                                "crossingPoint",
                                "MASNAA",
                                "destinationPcode",
                                "SY020000",
                                "plannedDate",
                                "2026-12-05"),
                "members",
                        List.of(HouseholdFixtures.member(
                                "PRINCIPAL",
                                "محمد",
                                null,
                                "أحمد",
                                null,
                                familyAr,
                                null,
                                "M",
                                "1979-03-14",
                                null,
                                List.of())));
        Answer registered = as("search.aleppo").post("/api/v1/households", body);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private List<String> foundIds(String username, String name) {
        Answer answer = as(username).post("/api/v1/households/search", java.util.Map.of("size", 100, "name", name));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json()
                .get("items")
                .forEach(item -> ids.add(item.get("householdId").asString()));
        return ids;
    }
}
