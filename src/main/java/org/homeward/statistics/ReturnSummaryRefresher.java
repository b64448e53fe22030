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
 * Keeps the summary of returns ({@code statistics_cell}) in step with the registry. The registry and
 * linkage keep feeds of the days whose counts may have changed ({@link ChangeFeeds}); each refresh
 * takes them, recomputes those days at the finest level from the registry's and linkage's contract
 * views, takes the difference with
 * what the summary holds, and adds that difference to the day and month rows of every level. The
 * cost of a refresh therefore follows the number of changed days and their size, not the registry's.
 */
@Component
class ReturnSummaryRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReturnSummaryRefresher.class);
    /** Only one refresh at a time, across every process sharing the database. */
    private static final long REFRESH_LOCK = 0x53544154L;

    private static final String KEY =
            "breakdown, area_level, grain, stage, period_start, area_code, return_type, category";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StatisticsProperties properties;
    private final RefreshPause pause;
    private final ChangeFeeds feeds;

    ReturnSummaryRefresher(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Clock clock,
            StatisticsProperties properties,
            RefreshPause pause,
            ChangeFeeds feeds) {
        this.pause = pause;
        this.feeds = feeds;
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
     * a bounded number of days; answers how many days were recomputed.
     */
    int refreshPending() {
        if (!feeds.anythingWaiting()) {
            // Nothing changed since the last refresh: the usual case for a dashboard read, answered by index probes.
            return 0;
        }
        Long upTo = transactions.execute(status -> {
            lock(false);
            feeds.take();
            return jdbc.sql("SELECT coalesce(max(id), 0) FROM statistics_stale_day")
                    .query(Long.class)
                    .single();
        });
        if (upTo == null || upTo == 0) {
            return 0;
        }
        int days = 0;
        while (true) {
            Integer done = transactions.execute(status -> refreshBatch(upTo, false));
            if (done == null || done == 0) {
                return days;
            }
            days += done;
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
            long upTo = jdbc.sql("SELECT coalesce(max(id), 0) FROM statistics_stale_day")
                    .query(Long.class)
                    .single();
            long waiting = jdbc.sql(
                            "SELECT count(*) FROM (SELECT DISTINCT stage, day FROM statistics_stale_day LIMIT :most) AS days")
                    .param("most", mostDays + 1)
                    .query(Long.class)
                    .single();
            return upTo == 0 || waiting > mostDays ? 0 : refreshBatch(upTo, true);
        });
        return done == null ? 0 : done;
    }

    /**
     * Marks every day the registry or the summary knows as changed, so that the next refresh
     * recomputes the whole summary; the summary stays readable meanwhile.
     */
    void markEverything() {
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO statistics_stale_day (stage, day)
                        SELECT registry_journey_stage(journey_status), registry_journey_day(journey_status, returned_on, registered_at)
                        FROM registry_household_v WHERE registry_journey_stage(journey_status) IS NOT NULL
                        UNION
                        SELECT stage, period_start FROM statistics_cell WHERE grain = 'D' AND area_level = 3""").update());
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

    private int refreshBatch(long upTo, boolean onlyIfFree) {
        if (!lock(onlyIfFree)) {
            return 0;
        }
        jdbc.sql("CREATE TEMP TABLE statistics_slice (stage text, day date) ON COMMIT DROP")
                .update();
        int days = jdbc.sql("""
                        WITH chosen AS (
                            SELECT DISTINCT stage, day FROM (
                                SELECT stage, day FROM statistics_stale_day WHERE id <= :upTo ORDER BY id LIMIT :limit) AS first_rows),
                        removed AS (
                            DELETE FROM statistics_stale_day s USING chosen c WHERE s.stage = c.stage AND s.day = c.day
                            RETURNING s.stage, s.day)
                        INSERT INTO statistics_slice SELECT DISTINCT stage, day FROM removed""")
                .param("upTo", upTo)
                .param("limit", properties.refresh().daysPerTransaction())
                .update();
        if (days == 0) {
            return 0;
        }
        jdbc.sql("ANALYZE statistics_slice").update();
        long started = System.nanoTime();
        computeDifferences();
        long computed = System.nanoTime();
        applyDifferences();
        log.debug(
                "Refreshed {} days: recomputed in {} ms, applied in {} ms",
                days,
                (computed - started) / 1_000_000,
                (System.nanoTime() - computed) / 1_000_000);
        jdbc.sql("UPDATE statistics_refresh SET refreshed_at = :now WHERE id = 1")
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return days;
    }

    /** The changed days recomputed from the registry, minus what the summary holds for them, at the finest level. */
    private void computeDifferences() {
        // Each member once, with every grouping key worked out, then all four breakdowns in one grouping pass.
        jdbc.sql("""
                CREATE TEMP TABLE statistics_member ON COMMIT DROP AS
                SELECT s.stage, s.day, statistics_area(h.destination_pcode, 3) AS area_code, h.return_type,
                       coalesce(h.origin_country, '') AS country, coalesce(h.crossing_point, '') AS crossing,
                       i.sex || '|' || statistics_age_group(i.birth_date, i.birth_date_precision, s.day) AS sex_age,
                       i.principal,
                       CASE WHEN l.person_id IS NULL THEN 1
                            WHEN EXISTS (
                                SELECT 1 FROM linkage_person_link_v l2
                                JOIN registry_individual_v i2 ON i2.id = l2.individual_id
                                JOIN registry_household_v h2 ON h2.id = i2.household_id
                                WHERE l2.person_id = l.person_id
                                  AND registry_journey_stage(h2.journey_status) = s.stage
                                  AND statistics_consented(h2.consent_purposes, h2.consent_recorded_at)
                                  AND (registry_journey_day(h2.journey_status, h2.returned_on, h2.registered_at), i2.id) < (s.day, i.id))
                            THEN 0 ELSE 1 END AS counts_person
                FROM statistics_slice s
                JOIN registry_household_v h ON registry_journey_stage(h.journey_status) = s.stage
                                AND registry_journey_day(h.journey_status, h.returned_on, h.registered_at) = s.day
                                AND statistics_consented(h.consent_purposes, h.consent_recorded_at)
                JOIN registry_individual_v i ON i.household_id = h.id
                LEFT JOIN linkage_person_link_v l ON l.individual_id = i.id""").update();
        jdbc.sql("""
                CREATE TEMP TABLE statistics_difference ON COMMIT DROP AS
                WITH fresh AS (
                    SELECT stage, day, area_code, return_type,
                           CASE WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(crossing) = 0 THEN 'crossing'
                                WHEN GROUPING(sex_age) = 0 THEN 'sex_age' ELSE 'total' END AS breakdown,
                           coalesce(country, crossing, sex_age, '') AS category,
                           count(*) AS individuals, sum(counts_person) AS persons, count(*) FILTER (WHERE principal) AS households
                    FROM statistics_member
                    GROUP BY GROUPING SETS ((stage, day, area_code, return_type), (stage, day, area_code, return_type, country),
                                           (stage, day, area_code, return_type, crossing),
                                           (stage, day, area_code, return_type, sex_age))),
                stored AS (
                    SELECT c.stage, c.period_start AS day, c.area_code, c.return_type, c.breakdown, c.category,
                           c.individuals, c.persons, c.households
                    FROM statistics_cell c JOIN statistics_slice s ON c.stage = s.stage AND c.period_start = s.day
                    WHERE c.breakdown IN ('total', 'country', 'crossing', 'sex_age') AND c.area_level = 3 AND c.grain = 'D')
                SELECT coalesce(f.stage, o.stage) AS stage, coalesce(f.day, o.day) AS day,
                       coalesce(f.area_code, o.area_code) AS area_code, coalesce(f.return_type, o.return_type) AS return_type,
                       coalesce(f.breakdown, o.breakdown) AS breakdown, coalesce(f.category, o.category) AS category,
                       coalesce(f.individuals, 0) - coalesce(o.individuals, 0) AS individuals,
                       coalesce(f.persons, 0) - coalesce(o.persons, 0) AS persons,
                       coalesce(f.households, 0) - coalesce(o.households, 0) AS households
                FROM fresh f FULL JOIN stored o
                  ON (f.stage, f.day, f.area_code, f.return_type, f.breakdown, f.category)
                   = (o.stage, o.day, o.area_code, o.return_type, o.breakdown, o.category)
                WHERE (coalesce(f.individuals, 0), coalesce(f.persons, 0), coalesce(f.households, 0))
                   <> (coalesce(o.individuals, 0), coalesce(o.persons, 0), coalesce(o.households, 0))""").update();
    }

    /**
     * Adds the differences to the day and month rows of all three levels, then drops rows that fell
     * to zero. Updates and inserts are separate statements, because a negative difference offered to
     * INSERT ... ON CONFLICT would meet the table's checks before it met the existing row.
     */
    private void applyDifferences() {
        jdbc.sql("""
                CREATE TEMP TABLE statistics_rollup ON COMMIT DROP AS
                SELECT d.breakdown, l.level AS area_level, g.grain, d.stage,
                       CASE g.grain WHEN 'D' THEN d.day ELSE date_trunc('month', d.day)::date END AS period_start,
                       statistics_area(d.area_code, l.level) AS area_code, d.return_type, d.category,
                       sum(d.individuals) AS individuals, sum(d.persons) AS persons, sum(d.households) AS households
                FROM statistics_difference d
                CROSS JOIN (VALUES (1), (2), (3)) AS l(level)
                CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8""").update();
        jdbc.sql("ANALYZE statistics_rollup").update();
        String sameKey = "(" + prefixed("c") + ") = (" + prefixed("r") + ")";
        jdbc.sql(
                        "UPDATE statistics_cell c SET individuals = c.individuals + r.individuals, persons = c.persons + r.persons,"
                                + " households = c.households + r.households FROM statistics_rollup r WHERE " + sameKey)
                .update();
        jdbc.sql("INSERT INTO statistics_cell (" + KEY + ", individuals, persons, households) SELECT r.*"
                        + " FROM statistics_rollup r WHERE NOT EXISTS (SELECT 1 FROM statistics_cell c WHERE " + sameKey
                        + ")")
                .update();
        jdbc.sql("DELETE FROM statistics_cell c USING statistics_rollup r WHERE " + sameKey
                        + " AND c.individuals = 0 AND c.persons = 0 AND c.households = 0")
                .update();
    }

    private static String prefixed(String alias) {
        return alias + "." + KEY.replace(", ", ", " + alias + ".");
    }
}
