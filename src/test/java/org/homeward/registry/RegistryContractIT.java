package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's contract views, as the application's own database role sees them: they show what
 * the registry wrote, and refuse writes, so other features can read them but change nothing.
 */
@HomewardTest
class RegistryContractIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theViewsShowTheHouseholdAndItsMembersAsRegistered() {
        Household household = register();

        Map<String, Object> row =
                jdbc.sql("""
                        SELECT h.reference, h.destination_pcode, h.journey_status, count(i.id) AS members,
                               max(i.family_name_latin) AS family,
                               (SELECT count(*) FROM registry_household_change_v c WHERE c.household_id = h.id) AS events
                        FROM registry_household_v h JOIN registry_individual_v i ON i.household_id = h.id
                        WHERE h.id = :id GROUP BY h.id, h.reference, h.destination_pcode, h.journey_status""").param("id", household.id()).query().singleRow();

        assertThat(row)
                .containsEntry("reference", household.reference())
                .containsEntry("destination_pcode", "SY010000")
                .containsEntry("journey_status", "REGISTERED")
                .containsEntry("members", 2L)
                .containsEntry("family", "Contract");
        assertThat((Long) row.get("events")).isPositive();
    }

    @Test
    void writingThroughAViewIsRefusedAndChangesNothing() {
        Household household = register();

        for (String write : List.of(
                "UPDATE registry_household_v SET destination_pcode = 'SY020000' WHERE id = :id",
                "DELETE FROM registry_individual_v WHERE household_id = :id",
                "DELETE FROM registry_household_change_v WHERE household_id = :id")) {
            assertThatThrownBy(() -> jdbc.sql(write).param("id", household.id()).update())
                    .as(write)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .hasMessageContaining("read-only");
        }
        assertThat(jdbc.sql("SELECT destination_pcode FROM household WHERE id = :id")
                        .param("id", household.id())
                        .query(String.class)
                        .single())
                .isEqualTo("SY010000");
        assertThat(jdbc.sql("SELECT count(*) FROM individual WHERE household_id = :id")
                        .param("id", household.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);
    }

    private Household register() {
        return households.register(
                new RegisterHouseholdRequest(
                        "Contract site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                        List.of(
                                HouseholdFixtures.person(
                                        "PRINCIPAL", "نور", "Nour", "العقد", "Contract", "F", "1990", null),
                                HouseholdFixtures.person(
                                        "SON", "سامي", "Sami", "العقد", "Contract", "M", "2015", null))),
                "contract.officer");
    }
}
