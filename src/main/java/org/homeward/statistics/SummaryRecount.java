package org.homeward.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One recount of the summary of returns, in the caller's transaction, for the households of two
 * temporary tables the caller fills: {@code statistics_slice (stage, day)}, days to recount whole, and
 * {@code statistics_named (household_id)}, households to recount alone. Each household concerned is
 * counted again from the registry's and linkage's contract views; what it counted before is what
 * {@code statistics_counted_household} holds for it, except on the days recounted whole, where the
 * summary's own day rows are the baseline (so a whole day comes out exact whatever the summary held).
 * The difference is added to the day and month rows of every level, and the households' new counts
 * replace their old ones. The cost follows the households named and the size of the days given, never
 * the registry's size.
 *
 * <p>It keeps one rule true: the summary's day rows at sub-district level are the sum of what
 * {@code statistics_counted_household} holds for that day. Every recount keeps it, for the days it
 * touches, whatever happened in the registry meanwhile: a household read here is read in one statement,
 * and a change committed after it is in the feed for the next refresh, which recounts the household
 * again against what this one stored.
 */
@Component
class SummaryRecount {

    private static final Logger log = LoggerFactory.getLogger(SummaryRecount.class);

    private static final String KEY =
            "breakdown, area_level, grain, stage, period_start, area_code, return_type, category";

    /** Finest-level rows of the four breakdowns, from rows of (stage, day, area, type, country, crossing, sex and age). */
    private static final String BREAKDOWNS = """
            SELECT stage, day, area_code, return_type,
                   CASE WHEN GROUPING(country) = 0 THEN 'country' WHEN GROUPING(crossing) = 0 THEN 'crossing'
                        WHEN GROUPING(sex_age) = 0 THEN 'sex_age' ELSE 'total' END AS breakdown,
                   coalesce(country, crossing, sex_age, '') AS category,
                   sum(individuals) AS individuals, sum(persons) AS persons, sum(households) AS households
            FROM PARTS
            GROUP BY GROUPING SETS ((stage, day, area_code, return_type), (stage, day, area_code, return_type, country),
                                   (stage, day, area_code, return_type, crossing),
                                   (stage, day, area_code, return_type, sex_age))""";

    /** The differences added to the summary: rows that fall to zero leave, rows not there yet come in. */
    private static final String MERGE = "MERGE INTO statistics_cell c USING statistics_rollup r ON ("
            + prefixed("c") + ") = (" + prefixed("r") + ") "
            + """
             WHEN MATCHED AND c.individuals + r.individuals = 0 AND c.persons + r.persons = 0
                              AND c.households + r.households = 0 THEN DELETE
             WHEN MATCHED THEN UPDATE SET individuals = c.individuals + r.individuals, persons = c.persons + r.persons,
                                          households = c.households + r.households
             WHEN NOT MATCHED THEN INSERT (breakdown, area_level, grain, stage, period_start, area_code, return_type,
                                           category, individuals, persons, households)
                 VALUES (r.breakdown, r.area_level, r.grain, r.stage, r.period_start, r.area_code, r.return_type,
                         r.category, r.individuals, r.persons, r.households)""";

    /**
     * The differences summed to every level and grain, in integers as the summary keeps them, ordered as the
     * summary's primary key up to the day: breakdown, level, grain, stage and period folded into one number
     * (the text values' ranks in the key's order), so that consecutive rows of the {@link #MERGE} find their
     * index and table pages already in hand. One number sorts in a fraction of the time the eight key
     * columns took (measured in docs/benchmarks.md, issue #18); rows of one day and level stay together,
     * only their areas and categories come in any order.
     */
    private static final String ROLLUP = """
            SELECT d.breakdown, l.level::smallint AS area_level, g.grain, d.stage,
                   CASE g.grain WHEN 'D' THEN d.day ELSE date_trunc('month', d.day)::date END AS period_start,
                   statistics_area(d.area_code, l.level) AS area_code, d.return_type, d.category,
                   sum(d.individuals)::int AS individuals, sum(d.persons)::int AS persons,
                   sum(d.households)::int AS households
            FROM statistics_difference d
            CROSS JOIN (VALUES (1), (2), (3)) AS l(level)
            CROSS JOIN (VALUES ('D'), ('M')) AS g(grain)
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            HAVING (sum(d.individuals), sum(d.persons), sum(d.households)) <> (0, 0, 0)
            ORDER BY ((array_position(ARRAY['country', 'crossing', 'sex_age', 'total'], d.breakdown) * 4 + l.level::smallint) * 4
                      + CASE g.grain WHEN 'D' THEN 0 ELSE 2 END + CASE d.stage WHEN 'PENDING' THEN 0 ELSE 1 END)::bigint
                     * 100000 + (CASE g.grain WHEN 'D' THEN d.day ELSE date_trunc('month', d.day)::date END
                                 - DATE '2000-01-01')""";

    private final JdbcClient jdbc;

    SummaryRecount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recounts the households of the slice's days and the named ones; the caller holds the refresh lock. */
    void recount() {
        long started = System.nanoTime();
        countAgain();
        long counted = System.nanoTime();
        computeDifferences();
        long compared = System.nanoTime();
        applyDifferences();
        long applied = System.nanoTime();
        keepCounts();
        log.debug(
                "Counted again in {} ms, differences in {} ms, applied in {} ms, kept in {} ms",
                (counted - started) / 1_000_000,
                (compared - counted) / 1_000_000,
                (applied - compared) / 1_000_000,
                (System.nanoTime() - applied) / 1_000_000);
    }

    /**
     * Every household concerned counted again, in one statement: those standing on the slice's days now
     * (found through the registry's index on stage and day), and those named or counted on those days
     * before (found by id). Each member once, with its grouping keys and whether it counts as a person.
     */
    private void countAgain() {
        jdbc.sql("""
                CREATE TEMP TABLE statistics_member ON COMMIT DROP AS
                WITH households AS (
                    SELECT h.id, s.stage, s.day, h.destination_pcode, h.return_type, h.origin_country, h.crossing_point
                    FROM statistics_slice s
                    JOIN registry_household_v h ON registry_journey_stage(h.journey_status) = s.stage
                                    AND registry_journey_day(h.journey_status, h.returned_on, h.registered_at) = s.day
                                    AND statistics_consented(h.consent_purposes, h.consent_recorded_at)
                    UNION ALL
                    SELECT h.id, registry_journey_stage(h.journey_status),
                           registry_journey_day(h.journey_status, h.returned_on, h.registered_at),
                           h.destination_pcode, h.return_type, h.origin_country, h.crossing_point
                    FROM (SELECT household_id FROM statistics_named
                          UNION SELECT c.household_id FROM statistics_slice s
                                JOIN statistics_counted_household c ON c.stage = s.stage AND c.day = s.day) AS named
                    JOIN registry_household_v h ON h.id = named.household_id
                    WHERE registry_journey_stage(h.journey_status) IS NOT NULL
                      AND statistics_consented(h.consent_purposes, h.consent_recorded_at)
                      AND NOT EXISTS (
                          SELECT 1 FROM statistics_slice s WHERE s.stage = registry_journey_stage(h.journey_status)
                              AND s.day = registry_journey_day(h.journey_status, h.returned_on, h.registered_at)))
                SELECT h.id AS household_id, h.stage, h.day, statistics_area(h.destination_pcode, 3) AS area_code,
                       h.return_type, coalesce(h.origin_country, '') AS country, coalesce(h.crossing_point, '') AS crossing,
                       i.sex || '|' || statistics_age_group(i.birth_date, i.birth_date_precision, h.day) AS sex_age,
                       CASE WHEN i.principal THEN 1 ELSE 0 END AS households,
                       CASE WHEN l.person_id IS NULL THEN 1
                            WHEN EXISTS (
                                SELECT 1 FROM linkage_person_link_v l2
                                JOIN registry_individual_v i2 ON i2.id = l2.individual_id
                                JOIN registry_household_v h2 ON h2.id = i2.household_id
                                WHERE l2.person_id = l.person_id
                                  AND registry_journey_stage(h2.journey_status) = h.stage
                                  AND statistics_consented(h2.consent_purposes, h2.consent_recorded_at)
                                  AND (registry_journey_day(h2.journey_status, h2.returned_on, h2.registered_at), i2.id)
                                      < (h.day, i.id))
                            THEN 0 ELSE 1 END AS persons
                FROM households h
                JOIN registry_individual_v i ON i.household_id = h.id
                LEFT JOIN linkage_person_link_v l ON l.individual_id = i.id""").update();
        // Everything this recount answers for: the households named, those counted on the slice's days before,
        // and those counted now (some of which were counted before on another day).
        jdbc.sql("""
                CREATE TEMP TABLE statistics_recounted ON COMMIT DROP AS
                SELECT household_id FROM statistics_named
                UNION SELECT c.household_id FROM statistics_slice s
                      JOIN statistics_counted_household c ON c.stage = s.stage AND c.day = s.day
                UNION SELECT household_id FROM statistics_member""").update();
        jdbc.sql("ANALYZE statistics_member").update();
        jdbc.sql("ANALYZE statistics_recounted").update();
    }

    /**
     * At the finest level: the fresh counts, minus the summary's day rows on the slice's days, minus what the
     * households recounted had counted on other days.
     */
    private void computeDifferences() {
        String fresh = BREAKDOWNS.replace(
                "PARTS",
                "(SELECT stage, day, area_code, return_type, country, crossing, sex_age, 1 AS individuals, persons,"
                        + " households FROM statistics_member) AS parts");
        String before = BREAKDOWNS.replace("PARTS", """
                (SELECT c.stage, c.day, c.area_code, c.return_type, c.country, c.crossing, p.sex_age, p.individuals,
                        p.persons, p.households
                 FROM statistics_recounted r
                 JOIN statistics_counted_household c ON c.household_id = r.household_id
                 CROSS JOIN LATERAL unnest(c.categories, c.individuals, c.persons, c.households)
                     AS p(sex_age, individuals, persons, households)
                 WHERE NOT EXISTS (SELECT 1 FROM statistics_slice s WHERE s.stage = c.stage AND s.day = c.day)) AS parts""");
        jdbc.sql("CREATE TEMP TABLE statistics_difference ON COMMIT DROP AS WITH fresh AS (" + fresh + "), stored AS ("
                        + before + " UNION ALL " + """
                    SELECT c.stage, c.period_start, c.area_code, c.return_type, c.breakdown, c.category,
                           c.individuals, c.persons, c.households
                    FROM statistics_cell c JOIN statistics_slice s ON c.stage = s.stage AND c.period_start = s.day
                    WHERE c.breakdown IN ('total', 'country', 'crossing', 'sex_age') AND c.area_level = 3 AND c.grain = 'D')
                SELECT coalesce(f.stage, o.stage) AS stage, coalesce(f.day, o.day) AS day,
                       coalesce(f.area_code, o.area_code) AS area_code, coalesce(f.return_type, o.return_type) AS return_type,
                       coalesce(f.breakdown, o.breakdown) AS breakdown, coalesce(f.category, o.category) AS category,
                       (coalesce(f.individuals, 0) - coalesce(o.individuals, 0))::int AS individuals,
                       (coalesce(f.persons, 0) - coalesce(o.persons, 0))::int AS persons,
                       (coalesce(f.households, 0) - coalesce(o.households, 0))::int AS households
                FROM fresh f FULL JOIN stored o
                  ON (f.stage, f.day, f.area_code, f.return_type, f.breakdown, f.category)
                   = (o.stage, o.day, o.area_code, o.return_type, o.breakdown, o.category)
                WHERE (coalesce(f.individuals, 0), coalesce(f.persons, 0), coalesce(f.households, 0))
                   <> (coalesce(o.individuals, 0), coalesce(o.persons, 0), coalesce(o.households, 0))""")
                .update();
    }

    /**
     * Adds the differences to the day and month rows of all three levels in one pass over the summary's
     * primary key, in its order: a row that falls to zero leaves, a row not there yet comes in.
     */
    private void applyDifferences() {
        // The rollup's hash table stays in memory (at the default 4 MB it spilled to disk at 1,000 households).
        jdbc.sql("SET LOCAL work_mem = '64MB'").update();
        jdbc.sql("CREATE TEMP TABLE statistics_rollup ON COMMIT DROP AS " + ROLLUP)
                .update();
        // Back to the default before the merge: more memory makes a hash join over the whole summary look cheap.
        jdbc.sql("RESET work_mem").update();
        jdbc.sql("ANALYZE statistics_rollup").update();
        jdbc.sql(MERGE).update();
    }

    /** What each household recounted counts now replaces what it counted before; one no longer counted leaves. */
    private void keepCounts() {
        jdbc.sql("""
                        DELETE FROM statistics_counted_household c USING statistics_recounted r
                        WHERE c.household_id = r.household_id""").update();
        jdbc.sql("""
                        INSERT INTO statistics_counted_household (household_id, stage, day, area_code, return_type, country,
                            crossing, categories, individuals, persons, households)
                        SELECT household_id, stage, day, area_code, return_type, country, crossing, array_agg(sex_age ORDER BY sex_age),
                               array_agg(individuals ORDER BY sex_age), array_agg(persons ORDER BY sex_age),
                               array_agg(households ORDER BY sex_age)
                        FROM (SELECT household_id, stage, day, area_code, return_type, country, crossing, sex_age,
                                     count(*)::int AS individuals, sum(persons)::int AS persons,
                                     sum(households)::int AS households
                              FROM statistics_member
                              GROUP BY household_id, stage, day, area_code, return_type, country, crossing, sex_age)
                              AS categories
                        GROUP BY household_id, stage, day, area_code, return_type, country, crossing""").update();
    }

    private static String prefixed(String alias) {
        return alias + "." + KEY.replace(", ", ", " + alias + ".");
    }
}
