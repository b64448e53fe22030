package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.LookupLimits;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Attacks on the centre board's check-in chooser: another centre's chooser, a household out of
 * scope, and references walked one after another. Each lookup that showed names is audited.
 */
@HomewardTest
class ArrivalLookupIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CentreService centres;

    @Autowired
    AuditTrail audit;

    @Autowired
    LookupLimits limits;

    @LocalServerPort
    int port;

    @Test
    void aManagerOfOneCentreGetsNotFoundForAnotherCentresChooserAndTheAttemptIsAudited() throws Exception {
        String mine = centre();
        String theirs = centre();
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        users.setScopes(manager, List.of(ScopeGrant.parse("centre:" + mine)));
        Household arriving = ReceptionTestData.household(households, 3);
        PageSession session = PageSession.signIn(port, manager, ReceptionTestData.PASSWORD);

        HttpResponse<String> refused = session.get("/centres/" + theirs + "/arrival?reference=" + arriving.reference());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body())
                .doesNotContain(arriving.members().get(0).familyNameLatin())
                .doesNotContain("check-in-form");
        assertThat(audit.query(manager, "centre", theirs, null, null, 10))
                .extracting(AuditRecord::action)
                .containsExactly("ARRIVAL_LOOKUP_REFUSED");
        assertThat(audit.query(manager, "household", arriving.id().toString(), null, null, 10))
                .isEmpty();

        HttpResponse<String> shown = session.get("/centres/" + mine + "/arrival?reference=" + arriving.reference());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains("check-in-form")
                .contains(arriving.members().get(0).familyNameLatin());
        List<AuditRecord> read = audit.query(manager, "household", arriving.id().toString(), null, null, 10);
        assertThat(read).extracting(AuditRecord::action).containsExactly("READ_ARRIVAL_MEMBERS");
        assertThat(read.get(0).details()).containsEntry("centre", mine).containsEntry("members", 3);
        assertThat(audit.query(manager, null, null, null, null, 50))
                .as("the reference typed is never recorded")
                .allSatisfy(entry -> assertThat(entry.details().toString() + entry.targetId())
                        .doesNotContain(arriving.reference()));
    }

    @Test
    void aHouseholdOutsideTheManagersAreasIsNotFoundAtTheirOwnCentre() throws Exception {
        String mine = centre();
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        users.setScopes(manager, List.of(ScopeGrant.parse("centre:" + mine), ScopeGrant.parse("area:SY14")));
        Household elsewhere = ReceptionTestData.household(households, 2);
        PageSession session = PageSession.signIn(port, manager, ReceptionTestData.PASSWORD);

        HttpResponse<String> answer = session.get("/centres/" + mine + "/arrival?reference=" + elsewhere.reference());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body())
                .contains("arrival-not-found")
                .doesNotContain("check-in-form")
                .doesNotContain(elsewhere.members().get(0).familyNameLatin());
        assertThat(audit.query(manager, "centre", mine, null, null, 10))
                .extracting(AuditRecord::action)
                .containsExactly("ARRIVAL_LOOKUP_NOT_FOUND");
        assertThat(audit.query(manager, "household", elsewhere.id().toString(), null, null, 10))
                .isEmpty();

        String reference = elsewhere.reference();
        char last = reference.charAt(reference.length() - 1);
        String typo = reference.substring(0, reference.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        HttpResponse<String> mistyped = session.get("/centres/" + mine + "/arrival?reference=" + typo + "&lang=en");
        assertThat(mistyped.statusCode()).isEqualTo(200);
        assertThat(mistyped.body())
                .contains("arrival-mistyped")
                .contains("is mistyped")
                .doesNotContain("check-in-form");
        assertThat(session.get("/centres/" + mine + "/arrival?reference=" + typo + "&lang=ar")
                        .body())
                .contains("خطأ في الكتابة");
    }

    @Test
    void aNameOrPhoneIsSearchedOnlyFromAPostAndNeverFromAnAddress() throws Exception {
        String mine = centre();
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        users.setScopes(manager, List.of(ScopeGrant.parse("centre:" + mine)));
        Household someone = ReceptionTestData.household(households, 2);
        String family = someone.members().get(0).familyNameLatin();
        PageSession session = PageSession.signIn(port, manager, ReceptionTestData.PASSWORD);

        HttpResponse<String> inUrl = session.get("/centres/" + mine + "/arrival?reference=" + family + "&lang=en");

        assertThat(inUrl.statusCode()).isEqualTo(400);
        assertThat(inUrl.body()).contains("arrival-criteria-in-url").doesNotContain("arrival-matches");
        HttpResponse<String> posted = session.post(
                "/centres/" + mine + "/arrival", "/centres/" + mine, java.util.Map.of("reference", family));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("arrival-matches").doesNotContain("arrival-criteria-in-url");
    }

    @Test
    void fiftyRapidLookupsAreThrottledAfterTheLimitInEnglishAndArabicAndTheThrottlingIsAudited() throws Exception {
        String code = centre();
        String manager = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        List<Household> walked = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            walked.add(ReceptionTestData.household(households, 2));
        }
        PageSession session = PageSession.signIn(port, manager, ReceptionTestData.PASSWORD);

        java.time.Instant started = java.time.Instant.now();
        int shown = 0;
        int throttled = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 50; i++) {
            Household household = walked.get(i % walked.size());
            last = session.get("/centres/" + code + "/arrival?reference=" + household.reference()
                    + (i % 2 == 0 ? "&lang=en" : "&lang=ar"));
            if (last.statusCode() == 200) {
                assertThat(last.body()).contains(household.members().get(0).familyNameLatin());
                shown++;
            } else {
                assertThat(last.statusCode()).isEqualTo(429);
                assertThat(last.body())
                        .doesNotContain("check-in-form")
                        .doesNotContain(household.members().get(0).familyNameLatin());
                assertThat(last.headers().firstValue("Retry-After")).isPresent();
                assertThat(last.body())
                        .contains(i % 2 == 0 ? "Wait a minute, then try again" : "انتظر دقيقة ثم حاول مجددًا");
                throttled++;
            }
        }

        // On a machine so slow that the lookups outlasted the window, earlier ones left it: more were let through.
        boolean withinOneWindow =
                java.time.Duration.between(started, java.time.Instant.now()).compareTo(limits.window()) < 0;
        assertThat(shown).isGreaterThanOrEqualTo(limits.perWindow());
        if (withinOneWindow) {
            assertThat(shown).isEqualTo(limits.perWindow());
        }
        assertThat(throttled).isEqualTo(50 - shown).isPositive();
        List<AuditRecord> entries = audit.query(manager, null, null, null, null, 200);
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("READ_ARRIVAL_MEMBERS"))
                .hasSize(shown)
                .extracting(AuditRecord::targetId)
                .containsOnly(walked.stream()
                        .map(household -> household.id().toString())
                        .toArray(String[]::new));
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("LOOKUP_THROTTLED"))
                .hasSize(throttled)
                .allSatisfy(entry -> assertThat(entry.targetId()).isEqualTo(code));

        // The API's lookup by reference shares the same budget: walking there instead is refused too.
        ApiClient api = new ApiClient(port, manager, ReceptionTestData.PASSWORD);
        ApiClient.Answer refused =
                api.get("/api/v1/households/by-reference/" + walked.get(0).reference());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("code").asString()).isEqualTo("LOOKUP_THROTTLED");
        assertThat(refused.body()).doesNotContain(walked.get(0).members().get(0).familyNameLatin());

        // Another user is not held back by this one.
        String colleague = ReceptionTestData.user(users, Role.RECEPTION_MANAGER);
        assertThat(PageSession.signIn(port, colleague, ReceptionTestData.PASSWORD)
                        .get("/centres/" + code + "/arrival?reference="
                                + walked.get(0).reference())
                        .statusCode())
                .isEqualTo(200);
    }

    private String centre() {
        return centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("ARRIVE"), "SY020000", 40, 10, 2), "test")
                .code();
    }
}
