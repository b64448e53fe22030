package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.HouseholdService;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/** The batch run writes likely pairs to the review queue and never proposes a decided pair again. */
@HomewardTest
class DuplicateRunIT {

    @Autowired
    DuplicateRunService runs;

    @Autowired
    HouseholdService households;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "run.admin", roles = "ADMIN")
    void writesThePairOfARegistrationEnteredTwiceAndKeepsDecisions() {
        UUID first = register("Al-Kurdiyyeh", "الكردية");
        UUID second = register("Kurdiyye", "الكردية");
        UUID principalOne = principal(first);
        UUID principalTwo = principal(second);

        DuplicateRunStatus status = runs.run("run.admin");

        assertThat(status.finished()).isTrue();
        assertThat(status.pairsWritten()).isPositive();
        String pairStatus =
                "SELECT status FROM duplicate_candidate WHERE first_id = least(CAST(:a AS uuid), CAST(:b AS uuid)) "
                        + "AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))";
        assertThat(jdbc.sql(pairStatus)
                        .param("a", principalOne.toString())
                        .param("b", principalTwo.toString())
                        .query(String.class)
                        .list())
                .containsExactly("OPEN");
        assertThat(jdbc.sql(
                                "SELECT explanation::text FROM duplicate_candidate WHERE least(first_id, second_id) = least(CAST(:a AS uuid), CAST(:b AS uuid)) AND greatest(first_id, second_id) = greatest(CAST(:a AS uuid), CAST(:b AS uuid))")
                        .param("a", principalOne.toString())
                        .param("b", principalTwo.toString())
                        .query(String.class)
                        .single())
                .contains("GIVEN_NAME", "BIRTH_DATE");

        jdbc.sql("UPDATE duplicate_candidate SET status = 'DIFFERENT', decided_by = 'run.admin', decided_at = now()")
                .update();
        runs.run("run.admin");

        assertThat(jdbc.sql(pairStatus)
                        .param("a", principalOne.toString())
                        .param("b", principalTwo.toString())
                        .query(String.class)
                        .list())
                .containsExactly("DIFFERENT");
        assertThat(jdbc.sql("SELECT count(*) FROM duplicate_candidate WHERE status = 'OPEN'")
                        .query(Long.class)
                        .single())
                .as("every pair was decided before the rerun")
                .isZero();
    }

    private UUID register(String familyLatin, String familyAr) {
        JsonMapper json = JsonMapper.builder().build();
        RegisterHouseholdRequest request = json.convertValue(
                HouseholdFixtures.familyOfFive(familyLatin, familyAr), RegisterHouseholdRequest.class);
        return households.register(request, "run.admin").id();
    }

    private UUID principal(UUID household) {
        List<UUID> ids = jdbc.sql("SELECT id FROM individual WHERE household_id = :h AND principal")
                .param("h", household)
                .query(UUID.class)
                .list();
        return ids.get(0);
    }
}
