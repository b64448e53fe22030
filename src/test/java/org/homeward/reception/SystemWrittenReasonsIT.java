package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.PageSession;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey moves reception makes are kept without a written reason (the centre is in the event's details)
 * and shown in the reader's language; the English reasons older versions stored are not shown.
 */
@HomewardTest
class SystemWrittenReasonsIT {

    @Autowired
    UserService users;

    @Autowired
    HouseholdCommands households;

    @Autowired
    CentreService centres;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aCheckInIsStoredWithoutEnglishTextAndOldEnglishReasonsAreShownInTheReadersLanguage() throws Exception {
        String code = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("WORDS"), "SY020000", 30, 6, 1), "test")
                .code();
        Household household = ReceptionTestData.household(households, 2);
        ApiClient manager =
                new ApiClient(port, ReceptionTestData.user(users, Role.RECEPTION_MANAGER), ReceptionTestData.PASSWORD);
        assertThat(manager.post("/api/v1/centres/" + code + "/stays", Map.of("household", household.reference()))
                        .status())
                .isEqualTo(201);
        assertThat(reasonsOfMoves(household))
                .as("the check-in moved the journey and wrote no reason as text")
                .isEqualTo("1/0");
        // As an older version wrote a check-out: its reason in English, the centre (V14) in the details.
        jdbc.sql("""
                        INSERT INTO household_event (household_id, occurred_at, actor, type, reason, details)
                        VALUES (:household, now(), 'old.version', 'JOURNEY_MOVED', :reason,
                                jsonb_build_object('from', 'AT_RECEPTION', 'to', 'RETURNED_HOME', 'centre', :centre))""")
                .param("household", household.id())
                .param("reason", "Checked out of reception centre " + code + " to go home")
                .param("centre", code)
                .update();

        PageSession coordinator =
                PageSession.signIn(port, ReceptionTestData.user(users, Role.COORDINATOR), ReceptionTestData.PASSWORD);
        String arabic =
                coordinator.get("/households/" + household.id() + "?lang=ar").body();
        assertThat(arabic)
                .contains("dir=\"rtl\"")
                .doesNotContain("Checked out of reception centre", "Checked in at reception centre", "to go home")
                .contains("في مركز الاستقبال")
                .contains(code);
        String english =
                coordinator.get("/households/" + household.id() + "?lang=en").body();
        assertThat(english).contains("At reception centre").doesNotContain("Checked out of reception centre");
    }

    /** The journey moves of the household, and how many of them carry a written reason: "moves/with reason". */
    private String reasonsOfMoves(Household household) {
        return jdbc.sql("""
                        SELECT count(*) || '/' || count(reason) FROM household_event
                        WHERE household_id = :household AND type = 'JOURNEY_MOVED'""")
                .param("household", household.id())
                .query(String.class)
                .single();
    }
}
