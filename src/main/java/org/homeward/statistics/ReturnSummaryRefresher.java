package org.homeward.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.homeward.registry.BulkImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the summary of returns ({@code statistics_cell}) in step with the registry. The registry names
 * the households whose counts may have changed, linkage the days of the people whose links changed
 * ({@link ChangeFeeds}); each refresh takes them and has {@link SummaryRecount} count those households
 * again, and those days whole, adding the differences to the summary. The cost of a refresh follows
 * the number of households named and the size of the days given, not the registry's size.
 */
@Component
class ReturnSummaryRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReturnSummaryRefresher.class);
    /** Only one refresh at a time, across every process sharing the database. */
    private static final long REFRESH_LOCK = 0x53544154L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StatisticsProperties properties;
    private final RefreshPause pause;
    private final ChangeFeeds feeds;
    private final SummaryRecount recount;

    ReturnSummaryRefresher(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            StatisticsProperties properties,
            RefreshPause pause,
            ChangeFeeds feeds,
            SummaryRecount recount) {
        this.pause = pause;
        this.feeds = feeds;
        this.recount = recount;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * The periodic refresh, run by one server of several on the same database at a time (the others skip
     * their turn); public so that the lock's proxy sees the call.
     */
    @Scheduled(
            fixedDelayString = "${homeward.statistics.refresh.interval:10s}",
            initialDelayString = "${homeward.statistics.refresh.interval:10s}")
    @SchedulerLock(name = "statistics-refresh", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    public void refreshInBackground() {
        // A bulk import changes the same days again and again; recomputing them meanwhile only slows it down.
        pause.endSilent();
        if (pause.inForce()) {
            pause.skipped();
        } else {
            refreshPending();
        }
    }

    /** A bulk import has finished: the summary catches up before the import reports that it is done. */
    @EventListener
    void afterBulkImport(BulkImports.Finished finished) {
        refreshPending();
    }

    /**
     * Brings the summary up to date with every change committed before the call, in transactions of
     * a bounded number of days and households; answers how many days and households were recounted.
     */
    int refreshPending() {
        if (!feeds.anythingWaiting()) {
            // Nothing changed since the last refresh: the usual case for a dashboard read, answered by index probes.
            return 0;
        }
        Backlog upTo = transactions.execute(status -> {
            lock(false);
            feeds.take();
            return backlog();
        });
        if (upTo == null || upTo.isEmpty()) {
            return 0;
        }
        int recounted = 0;
        while (true) {
            Integer done = transactions.execute(status -> refreshBatch(upTo, false));
            if (done == null || done == 0) {
                return recounted;
            }
            recounted += done;
        }
    }

    /**
     * Before an answer: refreshes when at most {@code mostDays} days wait and no other refresh is
     * running; otherwise answers at once, and the background refresh catches up (the answer says how
     * many days wait). A reader never waits long for someone else's bulk import, and leaves the days of
     * one that pauses the refresh to be counted once, after it.
     */
    int refreshSmallBacklog(int mostDays) {
        if (!feeds.anythingWaiting() || pause.inForce()) {
            return 0;
        }
        Integer done = transactions.execute(status -> {
            if (!lock(true)) {
                return 0;
            }
            // What is taken from the feeds stays taken when the backlog is too large: the background refresh counts it.
            feeds.take();
            Backlog upTo = backlog();
            long waiting =
                    jdbc.sql("""
                            SELECT count(*) FROM (
                                SELECT DISTINCT stage, day FROM (
                                    SELECT stage, day FROM statistics_stale_day
                                    UNION ALL
                                    SELECT registry_journey_stage(h.journey_status),
                                           registry_journey_day(h.journey_status, h.returned_on, h.registered_at)
                                    FROM statistics_stale_household s JOIN registry_household_v h ON h.id = s.household_id
                                ) AS days LIMIT :most) AS waiting""").param("most", mostDays + 1).query(Long.class).single();
            return upTo.isEmpty() || waiting > mostDays ? 0 : refreshBatch(upTo, true);
        });
        return done == null ? 0 : done;
    }

    /**
     * Marks every day the registry or the summary knows as changed and forgets what each household
     * counted, so that the next refresh recounts the whole summary from the registry, day by day; the
     * summary stays readable meanwhile.
     */
    void markEverything() {
        transactions.executeWithoutResult(status -> {
            lock(false);
            jdbc.sql("DELETE FROM statistics_counted_household").update();
            jdbc.sql("""
                            INSERT INTO statistics_stale_day (stage, day)
                            SELECT registry_journey_stage(journey_status), registry_journey_day(journey_status, returned_on, registered_at)
                            FROM registry_household_v WHERE registry_journey_stage(journey_status) IS NOT NULL
                            UNION
                            SELECT stage, period_start FROM statistics_cell WHERE grain = 'D' AND area_level = 3""").update();
        });
    }

    /** Days waiting for a refresh, and when the summary was last refreshed. */
    Freshness freshness() {
        Instant refreshedAt = jdbc.sql("SELECT refreshed_at FROM statistics_refresh WHERE id = 1")
                .query((rs, n) ->
                        Optional.ofNullable(rs.getTimestamp("refreshed_at")).map(Timestamp::toInstant))
                .single()
                .orElse(null);
        return new Freshness(refreshedAt, feeds.daysWaiting());
    }

    /** How fresh the summary is: the last refresh (null: never) and the changed days not yet counted. */
    record Freshness(Instant refreshedAt, long daysWaiting) {}

    /** Takes the refresh lock for the transaction; with {@code onlyIfFree}, answers false at once when another holds it. */
    private boolean lock(boolean onlyIfFree) {
        if (onlyIfFree) {
            return jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)")
                    .param("lock", REFRESH_LOCK)
                    .query(Boolean.class)
                    .single();
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)")
                .param("lock", REFRESH_LOCK)
                .query()
                .singleRow();
        return true;
    }

    /** The last marks taken: a refresh counts up to them, and leaves later ones to the next. */
    private Backlog backlog() {
        return jdbc.sql("""
                        SELECT (SELECT coalesce(max(id), 0) FROM statistics_stale_day) AS days,
                               (SELECT coalesce(max(id), 0) FROM statistics_stale_household) AS households""")
                .query((rs, n) -> new Backlog(rs.getLong("days"), rs.getLong("households")))
                .single();
    }

    /** The ids of the last day and household marked when a refresh began; zero where none waited. */
    private record Backlog(long days, long households) {
        boolean isEmpty() {
            return days == 0 && households == 0;
        }
    }

    /**
     * Takes up to {@code daysPerTransaction} marked days and {@code householdsPerTransaction} marked
     * households, up to the backlog's last marks, and recounts them; answers how many it took.
     */
    private int refreshBatch(Backlog upTo, boolean onlyIfFree) {
        if (!lock(onlyIfFree)) {
            return 0;
        }
        jdbc.sql("CREATE TEMP TABLE statistics_slice (stage text, day date) ON COMMIT DROP")
                .update();
        jdbc.sql("CREATE TEMP TABLE statistics_named (household_id uuid) ON COMMIT DROP")
                .update();
        int days = jdbc.sql("""
                        WITH chosen AS (
                            SELECT DISTINCT stage, day FROM (
                                SELECT stage, day FROM statistics_stale_day WHERE id <= :upTo ORDER BY id LIMIT :limit) AS first_rows),
                        removed AS (
                            DELETE FROM statistics_stale_day s USING chosen c WHERE s.stage = c.stage AND s.day = c.day
                            RETURNING s.stage, s.day)
                        INSERT INTO statistics_slice SELECT DISTINCT stage, day FROM removed""")
                .param("upTo", upTo.days())
                .param("limit", properties.refresh().daysPerTransaction())
                .update();
        int households = jdbc.sql("""
                        WITH chosen AS (
                            SELECT DISTINCT household_id FROM (
                                SELECT household_id FROM statistics_stale_household WHERE id <= :upTo ORDER BY id LIMIT :limit)
                                AS first_rows),
                        removed AS (
                            DELETE FROM statistics_stale_household s USING chosen c WHERE s.household_id = c.household_id
                            RETURNING s.household_id)
                        INSERT INTO statistics_named SELECT DISTINCT household_id FROM removed""")
                .param("upTo", upTo.households())
                .param("limit", properties.refresh().householdsPerTransaction())
                .update();
        if (days == 0 && households == 0) {
            return 0;
        }
        jdbc.sql("ANALYZE statistics_slice").update();
        jdbc.sql("ANALYZE statistics_named").update();
        long started = System.nanoTime();
        recount.recount();
        log.debug(
                "Recounted {} days and {} households in {} ms",
                days,
                households,
                (System.nanoTime() - started) / 1_000_000);
        jdbc.sql("UPDATE statistics_refresh SET refreshed_at = :now WHERE id = 1")
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return days + households;
    }
}
