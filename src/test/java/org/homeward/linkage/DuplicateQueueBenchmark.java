package org.homeward.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.homeward.HomewardApplication;
import org.homeward.access.AccessScope;
import org.homeward.database.MaintenanceDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review queue filtered by name and by reference over a queue of many open pairs: fills the
 * registry with named people and the queue with pairs of them straight with SQL, prints
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the page and of its count for each filter, and times both
 * against the unfiltered first page measured in the same run.
 * Usage: scripts/benchmark.sh org.homeward.linkage.DuplicateQueueBenchmark [pairs, default 100000] [rounds, default 30]
 */
public final class DuplicateQueueBenchmark {

    private static final String[][] GIVEN = {
        {"ahmad", "احمد"},
        {"mohammad", "محمد"},
        {"khaled", "خالد"},
        {"omar", "عمر"},
        {"youssef", "يوسف"},
        {"hassan", "حسن"},
        {"ali", "علي"},
        {"ibrahim", "ابراهيم"},
        {"mahmoud", "محمود"},
        {"mustafa", "مصطفي"},
        {"fatima", "فاطمه"},
        {"aisha", "عايشه"},
        {"mariam", "مريم"},
        {"zainab", "زينب"},
        {"huda", "هدي"},
        {"rania", "رانيا"},
        {"samir", "سمير"},
        {"walid", "وليد"},
        {"nour", "نور"},
        {"rami", "رامي"}
    };
    private static final String[][] FAMILY = {
        {"hamwi", "حموي"},
        {"halabi", "حلبي"},
        {"shami", "شامي"},
        {"masri", "مصري"},
        {"kurdi", "كردي"},
        {"homsi", "حمصي"},
        {"idlibi", "ادلبي"},
        {"darwish", "درويش"},
        {"haddad", "حداد"},
        {"najjar", "نجار"},
        {"khatib", "خطيب"},
        {"sabbagh", "صباغ"},
        {"attar", "عطار"},
        {"tabbakh", "طباخ"},
        {"zein", "زين"},
        {"qassab", "قصاب"},
        {"jabri", "جابري"},
        {"rifai", "رفاعي"},
        {"azm", "عظم"},
        {"bitar", "بيطار"},
        {"kayyali", "كيالي"},
        {"mardini", "مارديني"},
        {"sukkar", "سكر"},
        {"nahhas", "نحاس"},
        {"khoury", "خوري"}
    };

    private DuplicateQueueBenchmark() {}

    public static void main(String[] args) {
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        SpringApplication application = new SpringApplication(HomewardApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext app = application.run(
                "--homeward.data-dir=" + Path.of("target/benchmark/queue-data"),
                "--homeward.clean-on-start=true",
                "--logging.level.root=WARN")) {
            JdbcClient owner = app.getBean(MaintenanceDatabase.class).jdbc();
            long started = System.nanoTime();
            fill(owner, pairs);
            System.out.printf(
                    "data: %,d open pairs between %,d people, written in %.1f s%n",
                    owner.sql("SELECT count(*) FROM duplicate_candidate WHERE status = 'OPEN'")
                            .query(Long.class)
                            .single(),
                    2L * pairs,
                    (System.nanoTime() - started) / 1e9);
            String rareName = owner.sql("""
                    SELECT given_name_latin || ' ' || family_name_latin FROM individual
                    WHERE id = md5('qi' || 12345)::uuid""").query(String.class).single();
            String reference = owner.sql("SELECT reference FROM household WHERE id = md5('qh' || 7000)::uuid")
                    .query(String.class)
                    .single();
            DuplicateCandidates candidates = app.getBean(DuplicateCandidates.class);
            QueueFilter all = QueueFilter.ALL;
            measure(candidates, "no filter (reference)", all, rounds, true);
            measure(candidates, "common given name, Latin (\"Ahmad\")", named(all, null, "Ahmad"), rounds, true);
            measure(candidates, "common given name, Arabic (\"أحمد\")", named(all, null, "أحمد"), rounds, false);
            measure(
                    candidates,
                    "given and family name (\"" + rareName + "\")",
                    named(all, null, rareName),
                    rounds,
                    true);
            measure(candidates, "household reference", named(all, reference, null), rounds, true);
            measure(
                    candidates,
                    "given and family name, scoped to five governorates",
                    named(all, null, rareName),
                    rounds,
                    false,
                    new AccessScope(
                            false,
                            true,
                            java.util.Set.of("SITE-1"),
                            java.util.Set.of("SY01", "SY02", "SY03", "SY04", "SY05"),
                            java.util.Set.of()));
        }
    }

    private static QueueFilter named(QueueFilter filter, String reference, String name) {
        return filter.searching("benchmark", new QueueSearch(reference, name));
    }

    private static void measure(
            DuplicateCandidates candidates, String label, QueueFilter filter, int rounds, boolean explain) {
        measure(candidates, label, filter, rounds, explain, AccessScope.EVERYTHING);
    }

    private static void measure(
            DuplicateCandidates candidates,
            String label,
            QueueFilter filter,
            int rounds,
            boolean explain,
            AccessScope scope) {
        if (explain) {
            System.out.println("\n-- " + label + ": page of 20");
            candidates.explainOpen(scope, filter, null, 20).forEach(System.out::println);
            System.out.println("-- " + label + ": count");
            candidates.explainCount(scope, filter).forEach(System.out::println);
        }
        List<Double> page = new ArrayList<>();
        List<Double> count = new ArrayList<>();
        int shown = 0;
        long total = 0;
        for (int round = -3; round < rounds; round++) {
            long started = System.nanoTime();
            shown = candidates.open(scope, filter, null, 20).size();
            long between = System.nanoTime();
            total = candidates.countOpen(scope, filter);
            long ended = System.nanoTime();
            if (round >= 0) {
                page.add((between - started) / 1e6);
                count.add((ended - between) / 1e6);
            }
        }
        System.out.printf(
                "%s: %d shown of %,d; page p50 %.1f ms max %.1f ms; count p50 %.1f ms max %.1f ms%n",
                label,
                shown,
                total,
                percentile(page, 50),
                percentile(page, 100),
                percentile(count, 50),
                percentile(count, 100));
    }

    private static double percentile(List<Double> values, int percent) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    /** Households of five named people, then pairs of person n with person n + pairs, all straight in SQL. */
    private static void fill(JdbcClient owner, int pairs) {
        long people = 2L * pairs;
        String given = array(GIVEN, 0);
        String givenAr = array(GIVEN, 1);
        String family = array(FAMILY, 0);
        String familyAr = array(FAMILY, 1);
        for (String table : new String[] {"household", "individual"}) {
            owner.sql("ALTER TABLE " + table + " DISABLE TRIGGER USER").update();
        }
        owner.sql("""
                        INSERT INTO household (id, reference, registration_site, return_type, origin_location,
                            destination_pcode, journey_status, registered_at, registered_by, updated_at)
                        SELECT md5('qh' || h)::uuid, 'QB-' || h, 'SITE-' || (h % 7), 'IDP', 'SY010000',
                               'SY0' || (1 + h % 9) || '0000', 'REGISTERED', now(), 'benchmark', now()
                        FROM generate_series(0, CAST(:households AS bigint) - 1) AS h""").param("households", (people + 4) / 5).update();
        owner.sql("""
                        INSERT INTO individual (id, household_id, position, principal, relationship, given_name_latin,
                            given_name_ar, family_name_latin, family_name_ar, sex, birth_date_precision, search_text)
                        SELECT md5('qi' || n)::uuid, md5('qh' || (n / 5))::uuid, n % 5, n % 5 = 0,
                               CASE WHEN n % 5 = 0 THEN 'PRINCIPAL' ELSE 'OTHER_RELATIVE' END,
                               g, ga, f, fa, 'M', 'UNKNOWN', concat_ws(' ', ga, fa, g, f)
                        FROM (SELECT n, GIVEN[1 + abs(hashint8(n)) % LENGTH_G] AS g, GIVEN_AR[1 + abs(hashint8(n)) % LENGTH_G] AS ga,
                                     FAMILY[1 + abs(hashint8(n * 3 + 1)) % LENGTH_F] AS f,
                                     FAMILY_AR[1 + abs(hashint8(n * 3 + 1)) % LENGTH_F] AS fa
                              FROM generate_series(0, CAST(:people AS bigint) - 1) AS n) AS drawn""".replace("GIVEN_AR", givenAr)
                        .replace("FAMILY_AR", familyAr)
                        .replace("GIVEN", given)
                        .replace("FAMILY", family)
                        .replace("LENGTH_G", Integer.toString(GIVEN.length))
                        .replace("LENGTH_F", Integer.toString(FAMILY.length)))
                .param("people", people)
                .update();
        for (String table : new String[] {"household", "individual"}) {
            owner.sql("ALTER TABLE " + table + " ENABLE TRIGGER USER").update();
        }
        owner.sql("""
                        INSERT INTO duplicate_candidate (first_id, second_id, weight, explanation, found_at)
                        SELECT least(x, y), greatest(x, y), weight, '{}', now()
                        FROM (SELECT md5('qi' || p)::uuid AS x, md5('qi' || (p + CAST(:pairs AS bigint)))::uuid AS y,
                                     (abs(hashint8(p)) % 4000) / 100.0 - 10 AS weight
                              FROM generate_series(0, CAST(:pairs AS bigint) - 1) AS p) AS drawn""").param("pairs", pairs).update();
        for (String table : new String[] {"household", "individual", "duplicate_candidate"}) {
            owner.sql("ANALYZE " + table).update();
        }
    }

    private static String array(String[][] names, int script) {
        return "(ARRAY["
                + String.join(
                        ",",
                        Arrays.stream(names)
                                .map(pair -> "'" + pair[script] + "'")
                                .toList()) + "])";
    }
}
