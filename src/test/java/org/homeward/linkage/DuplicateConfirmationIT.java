package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
import org.homeward.registry.RegistrationProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering a household whose member very likely is already registered needs the match
 * confirmed by its reference with a reason; the reason is kept and the pair queued for review.
 */
@HomewardTest
class DuplicateConfirmationIT {

    private static final String PASSWORD = "duplicate confirmation password";

    @Autowired
    UserService users;

    @Autowired
    DuplicateIndex index;

    @Autowired
    RegistrationProperties settings;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @BeforeEach
    void confirmationOn() {
        TestUsers.ensure(
                users,
                "confirm.officer",
                Role.REGISTRATION_OFFICER,
                PASSWORD,
                null,
                List.of(ScopeGrant.parse("area:SY02")));
        settings.setConfirmVeryLikelyDuplicates(true);
        index.build();
    }

    @AfterEach
    void confirmationOff() {
        settings.setConfirmVeryLikelyDuplicates(false);
    }

    @Test
    void refusesAVeryLikelyDuplicateUntilTheMatchIsConfirmedWithAReason() {
        ApiClient officer = new ApiClient(port, "confirm.officer", PASSWORD);
        Map<String, Object> household = household("Tarabishi", "الطرابيشي", "1961-05-02", "0955 610 502");
        Answer first = officer.post("/api/v1/households", household);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String earlierReference = first.json().get("reference").asString();
        long households = householdCount();

        Answer unconfirmed = officer.post("/api/v1/households", household);
        assertThat(unconfirmed.status()).as(unconfirmed.body()).isEqualTo(409);
        assertThat(unconfirmed.json().get("code").asString()).isEqualTo("HOUSEHOLD_VERY_LIKELY_DUPLICATE");
        assertThat(unconfirmed.json().get("errors").get(0).get("field").asString())
                .isEqualTo("duplicateConfirmation");
        assertThat(unconfirmed.body()).contains(earlierReference).doesNotContain("Tarabishi");

        Answer wrongReference = officer.post("/api/v1/households", confirmed(household, "HW-0000001", "Brothers"));
        assertThat(wrongReference.status()).as(wrongReference.body()).isEqualTo(409);
        Answer noReason = officer.post("/api/v1/households", confirmed(household, earlierReference, "  "));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(409);
        assertThat(householdCount()).as("nothing written while refused").isEqualTo(households);

        Answer registered = officer.post(
                "/api/v1/households",
                confirmed(
                        household,
                        earlierReference.toLowerCase(java.util.Locale.ROOT),
                        "Namesake seen with a different ID card"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        Answer history = officer.get("/api/v1/households/" + id + "/history");
        assertThat(history.body())
                .contains("DUPLICATE_CONFIRMED", "Namesake seen with a different ID card", earlierReference);
        assertThat(openPairsBetween(first.json().get("id").asString(), id)).isEqualTo(1);
    }

    @Test
    void registersADifferentPersonWithoutAsking() {
        ApiClient officer = new ApiClient(port, "confirm.officer", PASSWORD);
        Answer first =
                officer.post("/api/v1/households", household("Kawakibi", "الكواكبي", "1958-11-20", "0933 581 120"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Map<String, Object> other = new HashMap<>(household("Kawakibi", "الكواكبي", "1990-02-07", "0933 900 207"));
        other.put(
                "members",
                List.of(HouseholdFixtures.member(
                        "PRINCIPAL",
                        "سهيل",
                        "Suhail",
                        "مروان",
                        "Marwan",
                        "الكواكبي",
                        "Kawakibi",
                        "M",
                        "1990-02-07",
                        "0933 900 207",
                        List.of())));

        Answer second = officer.post("/api/v1/households", other);

        assertThat(second.status()).as(second.body()).isEqualTo(201);
    }

    private static Map<String, Object> household(
            String familyLatin, String familyArabic, String birthDate, String phone) {
        return HouseholdFixtures.atMasnaaForAleppo(List.of(HouseholdFixtures.member(
                "PRINCIPAL",
                "عبد الرحمن",
                "Abdulrahman",
                "نجيب",
                "Najib",
                familyArabic,
                familyLatin,
                "M",
                birthDate,
                phone,
                List.of())));
    }

    private static Map<String, Object> confirmed(Map<String, Object> household, String reference, String reason) {
        Map<String, Object> request = new HashMap<>(household);
        request.put("duplicateConfirmation", Map.of("reference", reference, "reason", reason));
        return request;
    }

    private long householdCount() {
        return jdbc.sql("SELECT count(*) FROM household").query(Long.class).single();
    }

    private long openPairsBetween(String earlierHousehold, String laterHousehold) {
        return jdbc.sql("""
                        SELECT count(*) FROM duplicate_candidate c
                        JOIN individual a ON a.id = c.first_id JOIN individual b ON b.id = c.second_id
                        WHERE c.status = 'OPEN' AND ((a.household_id = CAST(:one AS uuid) AND b.household_id = CAST(:two AS uuid))
                           OR (a.household_id = CAST(:two AS uuid) AND b.household_id = CAST(:one AS uuid)))""")
                .param("one", earlierHousehold)
                .param("two", laterHousehold)
                .query(Long.class)
                .single();
    }
}
