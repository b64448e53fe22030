package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** The one rule for jobs that run once across servers: who is silent, who takes over, who beats. */
class ClaimedJobsTest {

    private static final Instant START = Instant.parse("2026-12-07T04:00:00Z");
    private static final Duration SILENT_AFTER = Duration.ofSeconds(30);

    private final MovingClock clock = new MovingClock(START);
    private final ClaimedJobs jobs = new ClaimedJobs(clock);

    @Test
    void takesAJobOverOnlyOnceItsServerHasBeenSilentLongerThanAllowed() {
        serving(jobs, new GenericWebApplicationContext());
        Rows rows = new Rows(3);
        rows.add("run", "killed", START);

        clock.moveTo(START.plus(SILENT_AFTER));
        assertThat(jobs.takeOverSilent(rows, SILENT_AFTER).claimed())
                .as("silent for exactly as long as allowed")
                .isEmpty();
        assertThat(rows.askedSince).containsExactly(START);

        clock.moveTo(START.plus(SILENT_AFTER).plusMillis(1));
        ClaimedJobs.TakeOver<String> taken = jobs.takeOverSilent(rows, SILENT_AFTER);

        assertThat(taken.claimed()).containsExactly("run");
        assertThat(taken.givenUp()).isEmpty();
        assertThat(rows.row("run").server).isEqualTo(jobs.server());
        assertThat(rows.row("run").heartbeat).isEqualTo(clock.instant());
        assertThat(jobs.takeOverSilent(rows, SILENT_AFTER).claimed())
                .as("its fresh heartbeat keeps it this server's")
                .isEmpty();
    }

    @Test
    void failsAJobBegunTooOftenInsteadOfTakingItOver() {
        serving(jobs, new GenericWebApplicationContext());
        Rows rows = new Rows(3);
        rows.add("begun thrice", "killed", START).attempts = 3;
        rows.add("begun twice", "killed", START).attempts = 2;
        clock.moveTo(START.plus(Duration.ofHours(1)));

        ClaimedJobs.TakeOver<String> taken = jobs.takeOverSilent(rows, SILENT_AFTER);

        assertThat(taken.givenUp()).containsExactly("begun thrice");
        assertThat(taken.claimed()).containsExactly("begun twice");
        assertThat(rows.row("begun thrice").server).isEqualTo("killed");
        assertThat(rows.row("begun twice").attempts).isEqualTo(3);
    }

    @Test
    void aJobAnotherServerWonFirstIsNeitherTakenNorGivenUp() {
        serving(jobs, new GenericWebApplicationContext());
        Rows rows = new Rows(3) {
            @Override
            public boolean claim(String job, String server, Instant now, Instant silentSince) {
                super.claim(job, "quicker", now, silentSince);
                return false;
            }
        };
        rows.add("run", "killed", START);
        clock.moveTo(START.plus(Duration.ofHours(1)));

        ClaimedJobs.TakeOver<String> taken = jobs.takeOverSilent(rows, SILENT_AFTER);

        assertThat(taken.claimed()).isEmpty();
        assertThat(taken.givenUp()).isEmpty();
        assertThat(rows.row("run").server).isEqualTo("quicker");
    }

    @Test
    void aCommandLineToolOrAClosingServerTakesNothingOver() {
        Rows rows = new Rows(3);
        rows.add("run", "killed", START);
        clock.moveTo(START.plus(Duration.ofHours(1)));

        assertThat(jobs.takeOverSilent(rows, SILENT_AFTER).claimed())
                .as("before the application is ready")
                .isEmpty();
        serving(jobs, new GenericApplicationContext());
        assertThat(jobs.takeOverSilent(rows, SILENT_AFTER).claimed())
                .as("a command-line tool")
                .isEmpty();
        ClaimedJobs closing = new ClaimedJobs(clock);
        serving(closing, new GenericWebApplicationContext());
        closing.closing();
        assertThat(closing.stopping()).isTrue();
        assertThat(closing.takeOverSilent(rows, SILENT_AFTER).claimed())
                .as("a web server that is closing")
                .isEmpty();
        assertThat(rows.askedSince).as("nobody looked for silent jobs").isEmpty();
        assertThat(rows.row("run").server).isEqualTo("killed");
    }

    @Test
    void beatsWithItsNameAndTheClocksTimeAndGoesOnAfterABeatTheDatabaseRefused() throws InterruptedException {
        List<String> beats = new CopyOnWriteArrayList<>();
        CountDownLatch twoWritten = new CountDownLatch(2);
        jobs.keepAlive("test-heartbeat", Duration.ofMillis(300), (server, at) -> {
            if (beats.add(server + " " + at) && beats.size() == 1) {
                throw new IllegalStateException("database out of reach");
            }
            twoWritten.countDown();
        });

        assertThat(twoWritten.await(1, TimeUnit.MINUTES)).isTrue();
        assertThat(beats).allMatch((jobs.server() + " " + START)::equals);
        assertThat(Thread.getAllStackTraces().keySet())
                .anyMatch(thread -> thread.getName().equals("test-heartbeat") && thread.isDaemon());

        jobs.closing();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("test-heartbeat")) {
                thread.join(TimeUnit.MINUTES.toMillis(1));
                assertThat(thread.isAlive()).as("the heartbeat after closing").isFalse();
            }
        }
    }

    @Test
    void beatsThreeTimesWithinTheSilenceAllowedButNeverMoreOftenThanTenTimesASecond() {
        assertThat(ClaimedJobs.beatEvery(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(10));
        assertThat(ClaimedJobs.beatEvery(Duration.ofSeconds(10))).isEqualTo(Duration.ofMillis(3333));
        assertThat(ClaimedJobs.beatEvery(Duration.ofMillis(200))).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aWriteThatFoundTheJobAnothersStopsTheWork() {
        assertThatCode(() -> ClaimedJobs.stillOurs(true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ClaimedJobs.stillOurs(false))
                .isInstanceOf(JobTakenOverException.class)
                .hasMessage("taken over by another server");
    }

    @Test
    void eachServerHasANameOfItsOwnEvenWhereProcessesLookAlike() {
        ClaimedJobs other = new ClaimedJobs(clock);

        assertThat(jobs.server()).isNotEqualTo(other.server());
        assertThat(jobs.server())
                .startsWith(java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getName() + "/");
    }

    private static void serving(ClaimedJobs jobs, ConfigurableApplicationContext context) {
        jobs.serving(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
    }

    /** A job table kept in memory by the rule its SQL keeps: silent when the heartbeat is older than asked. */
    private static class Rows implements JobTable<String> {

        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final int maxAttempts;
        final List<Instant> askedSince = new ArrayList<>();

        Rows(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        Row add(String job, String server, Instant heartbeat) {
            Row row = new Row(server, heartbeat);
            rows.put(job, row);
            return row;
        }

        Row row(String job) {
            return rows.get(job);
        }

        @Override
        public List<String> abandoned(Instant silentSince) {
            askedSince.add(silentSince);
            return rows.entrySet().stream()
                    .filter(row -> row.getValue().heartbeat.isBefore(silentSince))
                    .map(Map.Entry::getKey)
                    .toList();
        }

        @Override
        public boolean giveUp(String job, Instant now, Instant silentSince) {
            return rows.get(job).attempts >= maxAttempts;
        }

        @Override
        public boolean claim(String job, String server, Instant now, Instant silentSince) {
            Row row = rows.get(job);
            if (!row.heartbeat.isBefore(silentSince) || row.attempts >= maxAttempts) {
                return false;
            }
            row.server = server;
            row.heartbeat = now;
            row.attempts++;
            return true;
        }
    }

    private static final class Row {

        String server;
        Instant heartbeat;
        int attempts = 1;

        Row(String server, Instant heartbeat) {
            this.server = server;
            this.heartbeat = heartbeat;
        }
    }

    /** A clock the test moves by hand. */
    private static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
