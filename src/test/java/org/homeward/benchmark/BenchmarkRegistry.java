package org.homeward.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the registry straight with SQL generate_series, deterministic (hash-based) and fast: households
 * of five returning from 30 September 2015 to the end of 2025, more of them in later years, to the
 * 272 sub-districts, 60% refugees from nine countries through their crossings, 85% home, 10% pending.
 */
public final class BenchmarkRegistry {

    private static final int CHUNK = 100_000;
    private final JdbcClient jdbc;
    /** The owner of the tables: only it may switch triggers off and analyse them. */
    private final JdbcClient owner;

    private final String[] destinations;
    private long next = 1;

    public BenchmarkRegistry(JdbcClient jdbc, JdbcClient owner) throws IOException {
        this.jdbc = jdbc;
        this.owner = owner;
        List<String> codes = new ArrayList<>();
        try (InputStream in = new ClassPathResource("places/subdistricts.json").getInputStream()) {
            for (JsonNode unit : JsonMapper.builder().build().readTree(in)) {
                codes.add(unit.path("externalIds").path("ochaPcode").asString());
            }
        }
        this.destinations = codes.toArray(String[]::new);
    }

    /** Households (and five members each) with the registry's triggers off, chunk by chunk. */
    public void generate(long households) {
        triggers(false);
        for (long from = 1; from <= households; from += CHUNK) {
            long to = Math.min(households, from + CHUNK - 1);
            insert(
                    from,
                    to,
                    "DATE '2015-09-30' + (3745 * sqrt((abs(hashint8(g * 31 + 5)) % 1000000) / 1000000.0))::int",
                    "CASE WHEN abs(hashint8(g * 31 + 4)) % 100 < 85 THEN 'RETURNED_HOME' WHEN abs(hashint8(g * 31 + 4)) % 100 < 95"
                            + " THEN 'REGISTERED' ELSE 'WITHDRAWN' END");
            if (to % 1_000_000 == 0 || to == households) {
                System.out.printf("  %,d households written%n", to);
            }
        }
        next = households + 1;
        triggers(true);
        owner.sql("ANALYZE household").update();
        owner.sql("ANALYZE individual").update();
    }

    /**
     * New households that came home on the last day of the data; answers the milliseconds the insert took. A
     * batch written without triggers is removed again once timed, since no change feed named it.
     */
    public double addReturnsToday(int households, boolean withTriggers) {
        triggers(withTriggers);
        long started = System.nanoTime();
        insert(next, next + households - 1, "DATE '2025-12-31'", "'RETURNED_HOME'");
        double millis = (System.nanoTime() - started) / 1e6;
        if (!withTriggers) {
            for (String table : new String[] {"individual WHERE household_id", "household WHERE id"}) {
                jdbc.sql("DELETE FROM " + table
                                + " IN (SELECT md5('h' || g)::uuid FROM generate_series(CAST(:from AS bigint),"
                                + " CAST(:to AS bigint)) AS g)")
                        .param("from", next)
                        .param("to", next + households - 1)
                        .update();
            }
        }
        next += households;
        triggers(true);
        return millis;
    }

    /** Pending households reaching home on the last day, in one UPDATE, as a day of journeys would. */
    public int moveHome(int households) {
        return jdbc.sql("""
                        UPDATE household SET journey_status = 'RETURNED_HOME', returned_on = DATE '2025-12-31', version = version + 1
                        WHERE id IN (SELECT id FROM household WHERE journey_status = 'REGISTERED' LIMIT :n)""").param("n", households).update();
    }

    private void triggers(boolean on) {
        for (String table : new String[] {"household", "individual"}) {
            owner.sql("ALTER TABLE " + table + (on ? " ENABLE" : " DISABLE") + " TRIGGER USER")
                    .update();
        }
    }

    private void insert(long from, long to, String returnDay, String status) {
        jdbc.sql("""
                        INSERT INTO household (id, reference, return_type, origin_country, origin_location, crossing_point,
                            destination_pcode, journey_status, returned_on, registered_at, registered_by, updated_at)
                        SELECT md5('h' || g)::uuid, 'BENCH-' || g, CASE WHEN refugee THEN 'REFUGEE' ELSE 'IDP' END,
                               CASE WHEN refugee THEN (ARRAY['LBN','LBN','LBN','TUR','TUR','JOR','IRQ','EGY','DEU'])[1 + origin] END,
                               CASE WHEN NOT refugee THEN 'SY010000' END,
                               CASE WHEN refugee THEN (ARRAY['MASNAA','JOUSIEH','MASNAA','BAB_AL_HAWA','BAB_AL_SALAM','NASIB',
                                   'AL_QAIM','DAMASCUS_AIRPORT','DAMASCUS_AIRPORT'])[1 + origin] END,
                               (CAST(:destinations AS text[]))[1 + abs(hashint8(g * 31 + 3)) % :count],
                               status, CASE WHEN status = 'RETURNED_HOME' THEN day END,
                               (day - 20)::timestamptz, 'benchmark', now()
                        FROM (SELECT g, abs(hashint8(g * 31 + 1)) % 10 < 6 AS refugee, abs(hashint8(g * 31 + 2)) % 9 AS origin,
                                     RETURN_DAY AS day, STATUS AS status
                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) AS g) AS drawn""".replace("RETURN_DAY", returnDay).replace("STATUS AS status", status + " AS status"))
                .param("destinations", destinations)
                .param("count", destinations.length)
                .param("from", from)
                .param("to", to)
                .update();
        jdbc.sql("""
                        INSERT INTO individual (id, household_id, position, principal, relationship, given_name_latin, sex,
                            birth_date, birth_date_precision, search_text)
                        SELECT md5('i' || g || '-' || m)::uuid, md5('h' || g)::uuid, m, m = 0,
                               CASE WHEN m = 0 THEN 'PRINCIPAL' ELSE 'OTHER_RELATIVE' END, 'Person',
                               CASE WHEN abs(hashint8(g * 5 + m)) % 2 = 0 THEN 'F' ELSE 'M' END,
                               CASE WHEN precision = 'UNKNOWN' THEN NULL
                                    WHEN precision = 'YEAR' THEN date_trunc('year', born)::date
                                    WHEN precision = 'MONTH' THEN date_trunc('month', born)::date ELSE born END,
                               precision, ''
                        FROM (SELECT g, m, DATE '1940-01-01' + (abs(hashint8(g * 5 + m + 7)) % 30000)::int AS born,
                                     (ARRAY['DAY','DAY','DAY','DAY','DAY','DAY','MONTH','MONTH','YEAR','UNKNOWN'])
                                         [1 + abs(hashint8(g * 5 + m + 9)) % 10] AS precision
                              FROM generate_series(CAST(:from AS bigint), CAST(:to AS bigint)) AS g,
                                   generate_series(0, 4) AS m) AS drawn""").param("from", from).param("to", to).update();
    }
}
