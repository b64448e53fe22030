package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.HomewardTest;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The batch run writes likely pairs to the review queue and never proposes a decided pair again; one
 * runs at a time across servers, and one left by a silent server is taken up and writes each pair once.
 */
@HomewardTest
class DuplicateRunIT {

    @Autowired
    DuplicateRunService runs;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DuplicateRunRepository repository;

    @Autowired
    DuplicateRunLauncher launcher;

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

    @Test
    @WithMockUser(username = "run.admin", roles = "ADMIN")
    void aRunLeftByASilentServerIsTakenUpAndWritesEachPairOnce() throws Exception {
        UUID principalOne = principal(register("Al-Hasakawi", "الحسكاوي"));
        UUID principalTwo = principal(register("Hasakawi", "الحسكاوي"));
        long run = repository
                .start("run.admin", "killed", Instant.now().minus(Duration.ofHours(1)))
                .orElseThrow();

        assertThat(launcher.start("run.admin"))
                .as("one run at a time across servers")
                .isFalse();
        assertThatThrownBy(() -> runs.run("run.admin")).isInstanceOf(DuplicateRunBusyException.class);
        launcher.takeOverSilent();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (repository.find(run).orElseThrow().running() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        DuplicateRunStatus status = repository.find(run).orElseThrow();
        assertThat(status.state()).isEqualTo("DONE");
        assertThat(status.pairsWritten()).isPositive();
        assertThat(jdbc.sql("SELECT server || ' ' || attempts FROM duplicate_run WHERE id = :run")
                        .param("run", run)
                        .query(String.class)
                        .single())
                .isEqualTo(runs.server() + " 2");
        assertThat(jdbc.sql("SELECT count(*) FROM duplicate_candidate WHERE first_id = least(CAST(:a AS uuid),"
                                + " CAST(:b AS uuid)) AND second_id = greatest(CAST(:a AS uuid), CAST(:b AS uuid))")
                        .param("a", principalOne.toString())
                        .param("b", principalTwo.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(repository.progress(run, "killed", "read", 1, 1, Instant.now()))
                .as("the silent server, back, may report nothing more")
                .isFalse();
    }

    @Test
    @WithMockUser(username = "run.admin", roles = "ADMIN")
    void aRunLeavesItsStartAndEndInTheAuditTrailWhicheverWayItIsStarted() throws Exception {
        register("Al-Raqqawi", "الرقاوي");
        register("Raqqawi", "الرقاوي");

        long direct = runs.run("run.admin").id();
        assertThat(launcher.start("run.admin")).isTrue();
        long fromPage = repository.latest().orElseThrow().id();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (auditedActions(fromPage).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }

        assertThat(fromPage).isNotEqualTo(direct);
        for (long run : List.of(direct, fromPage)) {
            assertThat(auditedActions(run))
                    .as("run %d", run)
                    .containsExactly("DUPLICATE_RUN_STARTED run.admin", "DUPLICATE_RUN run.admin");
            assertThat(jdbc.sql("SELECT (details->>'pairsWritten')::bigint FROM audit_event"
                                    + " WHERE action = 'DUPLICATE_RUN' AND target_id = :run")
                            .param("run", String.valueOf(run))
                            .query(Long.class)
                            .single())
                    .isEqualTo(repository.find(run).orElseThrow().pairsWritten());
        }
    }

    private List<String> auditedActions(long run) {
        return jdbc.sql("SELECT action || ' ' || actor FROM audit_event WHERE target_type = 'duplicate_run'"
                        + " AND target_id = :run ORDER BY occurred_at, id")
                .param("run", String.valueOf(run))
                .query(String.class)
                .list();
    }

    @Test
    void twoServersStartingARunAtOnceStartOne() throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch together = new CountDownLatch(1);
            Future<Optional<Long>> one = servers.submit(() -> {
                together.await();
                return repository.start("one", "server-one", Instant.now());
            });
            Future<Optional<Long>> two = servers.submit(() -> {
                together.await();
                return repository.start("two", "server-two", Instant.now());
            });
            together.countDown();
            assertThat(List.of(one.get().isPresent(), two.get().isPresent())).containsExactlyInAnyOrder(true, false);
        } finally {
            servers.shutdownNow();
            jdbc.sql("UPDATE duplicate_run SET state = 'FAILED', finished_at = now() WHERE state = 'RUNNING'")
                    .update();
        }
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
