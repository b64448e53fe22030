package org.homeward.reception;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.homeward.benchmark.BenchmarkApplication;
import org.homeward.places.Place;
import org.homeward.places.PlaceCodes;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Reception on the 100 demonstration centres: (1) the 30-day forecast over many planned households
 * against the bare query that reads the same households, and (2) check-ins through the service
 * (capacity lock, journey move, history) from several threads against plain inserts of the same
 * stays, in one run on one database.
 * Usage: scripts/benchmark.sh org.homeward.reception.ReceptionBenchmark [planned households, default 100000] [check-ins, default 4000]
 */
public final class ReceptionBenchmark {

    private static final int THREADS = 8;
    private static final int REPEATS = 5;

    private ReceptionBenchmark() {}

    public static void main(String[] args) throws Exception {
        int planned = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int checkIns = args.length > 1 ? Integer.parseInt(args[1]) : 4_000;
        try (ConfigurableApplicationContext app =
                BenchmarkApplication.start(java.nio.file.Path.of("target/benchmark/reception-data"), false)) {
            DataSource database = app.getBean(DataSource.class);
            app.getBean(CentreFixtures.class).install(42);
            LocalDate today = app.getBean(ReceptionForecastService.class).today();
            List<UUID> plannedHouseholds = seedHouseholds(database, planned, today, 7);
            System.out.printf(
                    "data: 100 centres, %,d households planned in the next 30 days%n", plannedHouseholds.size());
            forecast(app, database, today);
            List<UUID> forService = seedHouseholds(database, checkIns, null, 11);
            List<UUID> forReference = seedHouseholds(database, checkIns, null, 13);
            checkIns(app, database, forService, forReference);
            System.out.printf("peak heap: %,d MiB%n", BenchmarkApplication.peakHeapMegabytes());
        }
    }

    private static void forecast(ConfigurableApplicationContext app, DataSource database, LocalDate today)
            throws Exception {
        ReceptionForecastService forecasts = app.getBean(ReceptionForecastService.class);
        String bareQuery = """
                SELECT h.id, h.destination_pcode, h.planned_date, count(*), bool_or(i.specific_needs && ARRAY['DISABILITY']::text[])
                FROM household h JOIN individual i ON i.household_id = h.id
                WHERE h.journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT') AND h.planned_date BETWEEN ? AND ?
                GROUP BY h.id""";
        double[] reference = new double[REPEATS];
        double[] service = new double[REPEATS];
        ReceptionForecast result = null;
        for (int run = -2; run < REPEATS; run++) {
            long started = System.nanoTime();
            try (Connection connection = database.getConnection();
                    PreparedStatement query = connection.prepareStatement(bareQuery)) {
                query.setObject(1, today);
                query.setObject(2, today.plusDays(29));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
            }
            long between = System.nanoTime();
            result = forecasts.forecast();
            long ended = System.nanoTime();
            if (run >= 0) {
                reference[run] = (between - started) / 1e6;
                service[run] = (ended - between) / 1e6;
            }
        }
        System.out.printf(
                "forecast: %d centres short, %d towns short, %d households unplaced%n",
                result.centresShort(), result.townsShort(), result.unplacedHouseholds());
        System.out.printf("bare query of the planned households (reference): median %.0f ms%n", median(reference));
        System.out.printf("Homeward 30-day forecast:                          median %.0f ms%n", median(service));
        System.out.printf("ratio forecast/bare query time: %.2f%n", median(service) / median(reference));
    }

    private static void checkIns(
            ConfigurableApplicationContext app, DataSource database, List<UUID> forService, List<UUID> forReference)
            throws Exception {
        StayCommands stayCommands = app.getBean(StayCommands.class);
        List<String> centres = app.getBean(CentreService.class).overview().stream()
                .map(occupancy -> occupancy.centre().code())
                .toList();
        AtomicInteger refused = new AtomicInteger();
        double serviceSeconds = inParallel(forService, (household, index) -> {
            try {
                stayCommands.checkIn(
                        centres.get(index % centres.size()),
                        new CheckInRequest(household.toString(), List.of(), null),
                        "benchmark");
            } catch (RuntimeException full) {
                refused.incrementAndGet();
            }
        });
        double referenceSeconds = inParallel(
                forReference,
                (household, index) -> plainStay(database, centres.get(index % centres.size()), household));
        int admitted = forService.size() - refused.get();
        List<CentreOccupancy> after = app.getBean(CentreService.class).overview();
        boolean withinCapacity =
                after.stream().allMatch(centre -> centre.centre().capacity().holds(centre.occupied()));
        System.out.printf(
                "check-ins: %,d from %d threads, %,d admitted, every centre within capacity: %s%n",
                forService.size(), THREADS, admitted, withinCapacity);
        System.out.printf(
                "plain INSERT of a stay, one per transaction (reference): %.1f s, %,.0f stays/s%n",
                referenceSeconds, forReference.size() / referenceSeconds);
        System.out.printf(
                "Homeward check-in (lock, count, stay, history, journey):   %.1f s, %,.0f check-ins/s%n",
                serviceSeconds, forService.size() / serviceSeconds);
        System.out.printf(
                "ratio check-in/plain insert rate: %.2f%n",
                (forService.size() / serviceSeconds) / (forReference.size() / referenceSeconds));
    }

    private interface Work {
        void on(UUID household, int index) throws Exception;
    }

    private static double inParallel(List<UUID> households, Work work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < households.size(); i = next.getAndIncrement()) {
                    work.on(households.get(i), i);
                }
                return null;
            }));
        }
        for (Future<?> thread : running) {
            thread.get();
        }
        threads.shutdown();
        return (System.nanoTime() - started) / 1e9;
    }

    private static void plainStay(DataSource database, String centre, UUID household) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reception_stay (id, centre_code, household_id, member_ids, accessible, started_at, started_by)
                SELECT gen_random_uuid(), ?, ?, array_agg(id), false, now(), 'benchmark' FROM individual WHERE household_id = ?""")) {
            insert.setString(1, centre);
            insert.setObject(2, household);
            insert.setObject(3, household);
            insert.executeUpdate();
        }
    }

    /**
     * Writes households straight into the registry's tables with COPY (a benchmark's shortcut):
     * 1 to 8 members, one in twelve with a disabled member, destinations spread over every
     * sub-district and some districts, planned over the next 30 days (or without a date).
     */
    private static List<UUID> seedHouseholds(DataSource database, int count, LocalDate from, long seed)
            throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        List<Place> subdistricts = PlaceLookup.shipped().areasAt(PlaceLevel.SUBDISTRICT);
        StringBuilder households = new StringBuilder();
        StringBuilder individuals = new StringBuilder();
        List<UUID> ids = new ArrayList<>(count);
        for (int h = 0; h < count; h++) {
            UUID id = new UUID(seed, h);
            ids.add(id);
            String destination =
                    subdistricts.get(random.nextInt(subdistricts.size())).pcode();
            if (random.nextInt(10) == 0) {
                destination = PlaceCodes.parentOf(destination).orElseThrow();
            }
            String date = from == null ? "" : from.plusDays(random.nextInt(30)).toString();
            households
                    .append(id)
                    .append(",BM-")
                    .append(seed)
                    .append('-')
                    .append(h)
                    .append(",REFUGEE,LBN,")
                    .append(destination)
                    .append(',')
                    .append(date)
                    .append(",REGISTERED,2026-01-01T00:00:00Z,benchmark,2026-01-01T00:00:00Z\n");
            int members = 1 + random.nextInt(8);
            boolean disabled = random.nextInt(12) == 0;
            for (int m = 0; m < members; m++) {
                individuals
                        .append(new UUID(seed + 1_000_000, (long) h * 16 + m))
                        .append(',')
                        .append(id)
                        .append(',')
                        .append(m)
                        .append(',')
                        .append(m == 0)
                        .append(",")
                        .append(m == 0 ? "PRINCIPAL" : "SON")
                        .append(",محمد,M,UNKNOWN,")
                        .append(disabled && m == members - 1 ? "\"{DISABILITY}\"" : "{}")
                        .append(",mohammad\n");
            }
        }
        try (Connection connection = database.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(
                    "COPY household (id, reference, return_type, origin_country, destination_pcode, planned_date, "
                            + "journey_status, registered_at, registered_by, updated_at) FROM STDIN (FORMAT csv)",
                    new StringReader(households.toString()));
            copy.copyIn(
                    "COPY individual (id, household_id, position, principal, relationship, given_name_ar, sex, "
                            + "birth_date_precision, specific_needs, search_text) FROM STDIN (FORMAT csv)",
                    new StringReader(individuals.toString()));
        }
        return ids;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
