package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The V14 migration, run again over events written the old way: a journey move made at a centre
 * gets the centre from its reason, and nothing else is touched.
 */
@HomewardTest
class CentreOfOldEventsIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate statements;

    @Test
    void movesMadeAtACentreBeforeV14GetTheirCentreFromTheReason() throws Exception {
        Household household = households.register(
                new RegisterHouseholdRequest(
                        "Old events site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                        List.of(new IndividualDetails(
                                "PRINCIPAL",
                                "نور",
                                "Nour",
                                null,
                                null,
                                null,
                                null,
                                "القديم",
                                "Alqadim",
                                "F",
                                "1990",
                                null,
                                null,
                                null,
                                null,
                                List.of()))),
                "old.events");
        old(household.id(), "Checked in at reception centre RC-OLD-2");
        old(household.id(), "Checked out of reception centre RC-OLD-2 to go home");
        old(household.id(), "The family says it checked in at reception centre RC-9 last week");
        String migration = new ClassPathResource("db/migration/V14__household_events_name_their_centre.sql")
                .getContentAsString(StandardCharsets.UTF_8);

        // As Flyway runs it: a plain statement, in which '?' is the jsonb operator and not a parameter.
        statements.execute(migration);

        List<String> centres = jdbc.sql("""
                        SELECT coalesce(details->>'centre', '-') FROM household_event
                        WHERE household_id = :household AND type = 'JOURNEY_MOVED' ORDER BY id""")
                .param("household", household.id())
                .query(String.class)
                .list();
        assertThat(centres).containsExactly("RC-OLD-2", "RC-OLD-2", "-");
    }

    private void old(UUID household, String reason) {
        jdbc.sql("""
                        INSERT INTO household_event (household_id, occurred_at, actor, type, reason, details)
                        VALUES (:household, now(), 'old.events', 'JOURNEY_MOVED', :reason,
                                CAST('{"from":"IN_TRANSIT","to":"AT_RECEPTION"}' AS jsonb))""").param("household", household).param("reason", reason).update();
    }
}
