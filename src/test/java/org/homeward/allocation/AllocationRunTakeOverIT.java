package org.homeward.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.homeward.HomewardTest;
import org.homeward.reception.CentreService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Allocation runs on several servers, seen from one: one run at a time whoever starts it, one server
 * wins a silent run, the run it takes up is computed once from its stored window, and the server that
 * lost it writes nothing more.
 */
@HomewardTest
class AllocationRunTakeOverIT {

    private static final String THIBAN = "SY090301";
    private static final LocalDate DAY = LocalDate.of(2044, 3, 9);
    private static final String WEIGHTS = "{\"leftWaiting\": 25000, \"vulnerability\": 100, \"waitingMonth\": 20,"
            + " \"waitingMonthsCap\": 24, \"distance\": 1, \"fullness\": 30, \"awayFromCommunity\": 15}";

    @Autowired
    AllocationPlanner planner;

    @Autowired
    AllocationRuns runs;

    @Autowired
    RunWorker worker;

    @Autowired
    CentreService centres;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRunLeftByASilentServerIsComputedOnceByTheServerThatTakesItUp() throws Exception {
        AllocationTestData.centre(centres, THIBAN, 20, 6, 1);
        Household first = AllocationTestData.household(households, THIBAN, DAY, 3, false);
        Household second = AllocationTestData.household(households, THIBAN, DAY.plusDays(2), 4, true);
        AllocationTestData.household(households, THIBAN, DAY.plusDays(9), 2, false);
        UUID run = UUID.randomUUID();
        Instant killedAt = Instant.now().minus(Duration.ofHours(1));
        assertThat(runs.start(
                        run, new ArrivalWindow(DAY, DAY.plusDays(2)), killedAt, "planner.gone", WEIGHTS, "killed"))
                .isTrue();

        worker.takeOverSilent();
        AllocationRun done = AllocationTestData.finished(planner, run);

        assertThat(done.status()).isEqualTo(AllocationRun.RunStatus.DONE);
        assertThat(done.households())
                .as("the stored window's households, no more")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT household_id FROM allocation_proposal WHERE run_id = :run")
                        .param("run", run)
                        .query(UUID.class)
                        .list())
                .as("one proposal each, none twice")
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(jdbc.sql("SELECT server || ' ' || attempts FROM allocation_run WHERE id = :run")
                        .param("run", run)
                        .query(String.class)
                        .single())
                .isEqualTo(worker.server() + " 2");
        assertThat(runs.stage(run, "killed", "still solving", Instant.now()))
                .as("the silent server, back, may report nothing more")
                .isFalse();
        assertThat(runs.counted(run, "killed", 9, 0)).isFalse();
    }

    @Test
    void twoServersClaimingOneSilentRunOneWinsAndAFreshHeartbeatIsNotClaimed() throws Exception {
        UUID run = UUID.randomUUID();
        // The claimers here look an hour ahead, so the run is silent for them; for the application's own
        // check, which looks now, its heartbeat stays fresh, and so does the winner's.
        Instant now = Instant.now().plus(Duration.ofHours(1));
        assertThat(runs.start(run, null, Instant.now(), "planner.gone", WEIGHTS, "killed"))
                .isTrue();
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> planner.start(null, "planner.second"))
                    .as("one run at a time, whichever server started it")
                    .isInstanceOf(AllocationRunBusyException.class);
            CountDownLatch together = new CountDownLatch(1);
            Future<Boolean> one = servers.submit(claim(together, run, "server-one", now));
            Future<Boolean> two = servers.submit(claim(together, run, "server-two", now));
            together.countDown();
            assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(true, false);
            String winner = one.get() ? "server-one" : "server-two";
            assertThat(jdbc.sql("SELECT server FROM allocation_run WHERE id = :run")
                            .param("run", run)
                            .query(String.class)
                            .single())
                    .isEqualTo(winner);
            assertThat(runs.claim(run, "server-three", now, now.minusSeconds(30), 3))
                    .as("the winner's heartbeat is fresh")
                    .isFalse();
        } finally {
            servers.shutdownNow();
            jdbc.sql("UPDATE allocation_run SET status = 'FAILED', finished_at = now() WHERE id = :run")
                    .param("run", run)
                    .update();
        }
    }

    @Test
    void aRunBegunTooOftenIsFailedInsteadOfTakenUpAgain() {
        UUID run = UUID.randomUUID();
        assertThat(runs.start(run, null, Instant.now().minus(Duration.ofHours(1)), "planner.gone", WEIGHTS, "killed"))
                .isTrue();
        jdbc.sql("UPDATE allocation_run SET attempts = 3 WHERE id = :run")
                .param("run", run)
                .update();

        worker.takeOverSilent();

        AllocationRun failed = planner.run(run);
        assertThat(failed.status()).isEqualTo(AllocationRun.RunStatus.FAILED);
        assertThat(failed.failure()).isEqualTo("The run stopped its server 3 times; start a new one");
    }

    private Callable<Boolean> claim(CountDownLatch together, UUID run, String server, Instant now) {
        return () -> {
            together.await();
            return runs.claim(run, server, now, now.minusSeconds(30), 3);
        };
    }
}
