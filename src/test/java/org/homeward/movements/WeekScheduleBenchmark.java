package org.homeward.movements;

import java.nio.file.Path;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.benchmark.BenchmarkApplication;
import org.homeward.database.MaintenanceDatabase;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One week of a plan scheduled and written into the embedded PostgreSQL: ready households of five
 * (two adults with their voluntariness recorded, three children, one in ten with a member needing an
 * accessible seat) written by SQL, then the week previewed and scheduled through {@link PlanScheduler}
 * as the API does. Reference in the same run: a plain {@code INSERT ... SELECT} of as many manifest rows
 * (one per household and one per person) into a table of the same columns.
 */
public final class WeekScheduleBenchmark {

    private static final String[] CROSSINGS = {"MASNAA", "JOUSIEH", "ARIDA"};

    private WeekScheduleBenchmark() {}

    public static void run(int persons) throws Exception {
        System.out.printf(
                "load average at the start: %s%n",
                java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip());
        int householdCount = (persons + 4) / 5;
        LocalDate week =
                LocalDate.now().plusMonths(1).withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        try (ConfigurableApplicationContext app =
                BenchmarkApplication.start(Path.of("target/benchmark/schedule-data"), false)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            JdbcClient owner = app.getBean(MaintenanceDatabase.class).jdbc();
            app.getBean(UserService.class).create("bench.planner", Role.ADMIN, "benchmark password", null);
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            "bench.planner", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
            long started = System.nanoTime();
            readyHouseholds(jdbc, householdCount, week);
            System.out.printf(
                    "fixture: %,d ready households (%,d persons) written by SQL in %.1f s%n",
                    householdCount, householdCount * 5L, (System.nanoTime() - started) / 1e9);
            double reference = reference(owner, householdCount);
            UUID plan = app.getBean(ReturnPlanService.class)
                    .create(
                            new CreatePlanRequest(
                                    "Benchmark plan",
                                    week.withDayOfMonth(1).toString(),
                                    week.plusMonths(3).toString(),
                                    List.of(new PlanTarget(
                                            "LBN", week.toString().substring(0, 7), "", persons * 5))),
                            "bench.planner")
                    .id();
            ScheduleWeekRequest request = request(week, persons);
            PlanScheduler scheduler = app.getBean(PlanScheduler.class);
            started = System.nanoTime();
            SchedulePreview preview = scheduler.preview(plan, request, "bench.planner");
            double previewSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            SchedulePreview written = scheduler.schedule(plan, request, "bench.planner");
            double writeSeconds = (System.nanoTime() - started) / 1e9;
            long rows = jdbc.sql("SELECT count(*) FROM manifest_person")
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "reference: INSERT ... SELECT of %,d manifest rows: %.2f s%n",
                    householdCount + householdCount * 5L, reference);
            System.out.printf(
                    "preview (reads, engine, nothing written): %.2f s, %,d households, %,d persons%n",
                    previewSeconds, preview.households(), preview.persons());
            System.out.printf(
                    "schedule and write: %.2f s, %,d households, %,d persons on %d movements, %,d manifest persons "
                            + "in the database; ratio write / reference %.1f%n",
                    writeSeconds,
                    written.households(),
                    written.persons(),
                    written.departures().stream()
                            .filter(departure -> departure.movementId() != null)
                            .count(),
                    rows,
                    writeSeconds / reference);
            System.out.printf(
                    "left over: %,d; not ready: %,d; peak heap %,d MiB%n",
                    written.leftOver().size(), written.notReady().size(), BenchmarkApplication.peakHeapMegabytes());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void readyHouseholds(JdbcClient jdbc, int households, LocalDate week) {
        jdbc.sql("""
                        INSERT INTO household (id, reference, return_type, origin_country, destination_pcode, journey_status,
                            registered_at, registered_by, updated_at)
                        SELECT md5('sched-h' || g)::uuid, 'HW-S' || lpad(g::text, 7, '0'), 'REFUGEE', 'LBN', 'SY020000',
                               'REGISTERED', now() - interval '200 days', 'benchmark', now()
                        FROM generate_series(1, :n) AS g""").param("n", households).update();
        jdbc.sql("""
                        INSERT INTO individual (id, household_id, position, principal, relationship, given_name_latin, sex,
                            birth_date, birth_date_precision, specific_needs, search_text)
                        SELECT md5('sched-i' || g || '-' || m)::uuid, md5('sched-h' || g)::uuid, m, m = 0,
                               CASE WHEN m = 0 THEN 'PRINCIPAL' WHEN m = 1 THEN 'SPOUSE' ELSE 'SON' END, 'Person',
                               CASE WHEN m % 2 = 0 THEN 'M' ELSE 'F' END,
                               CASE WHEN m < 2 THEN DATE '1980-01-01' ELSE DATE '2016-05-01' END, 'DAY',
                               CASE WHEN m = 4 AND g % 10 = 0 THEN ARRAY['DISABILITY'] ELSE '{}'::text[] END, ''
                        FROM generate_series(1, :n) AS g, generate_series(0, 4) AS m""").param("n", households).update();
        jdbc.sql("""
                        INSERT INTO return_intention (household_id, intention, go_and_see_first, stated_on, source,
                            asylum_country, persons, recorded_by, recorded_at)
                        SELECT md5('sched-h' || g)::uuid, 'WITHIN_3_MONTHS', false, CAST(:week AS date) - (10 + g % 50), 'FORM', 'LBN', 5,
                               'benchmark', now()
                        FROM generate_series(1, :n) AS g""").param("n", households).param("week", Date.valueOf(week)).update();
        jdbc.sql("""
                        INSERT INTO voluntariness_record (id, household_id, individual_id, basis, decision, recorded_by,
                            recorded_at, place_type, place_name, interview_language, read_aloud_by, understood,
                            briefing_status, briefing_language, briefing_text)
                        SELECT md5('sched-v' || g || '-' || m)::uuid, md5('sched-h' || g)::uuid, md5('sched-i' || g || '-' || m)::uuid,
                               'ADULT', 'VOLUNTARY_RETURN', 'benchmark.officer', now(), 'FIELD_OFFICE', 'Office', 'ar',
                               'officer', true, 'NO_ASSESSMENT', 'ar', 'text'
                        FROM generate_series(1, :n) AS g, generate_series(0, 1) AS m""").param("n", households).update();
    }

    /** Seconds for a plain INSERT ... SELECT of one row per household and one per person into a scratch table. */
    private static double reference(JdbcClient owner, int households) {
        owner.sql("DROP TABLE IF EXISTS schedule_reference").update();
        owner.sql("""
                        CREATE TABLE schedule_reference (movement_id uuid, household_id uuid, individual_id uuid,
                            vehicle_label text, accessible_seat boolean, added_at timestamptz)""").update();
        long started = System.nanoTime();
        owner.sql("""
                        INSERT INTO schedule_reference
                        SELECT md5('m' || g % 400)::uuid, md5('sched-h' || g)::uuid, NULL, NULL, NULL, now()
                        FROM generate_series(1, :n) AS g""").param("n", households).update();
        owner.sql("""
                        INSERT INTO schedule_reference
                        SELECT md5('m' || g % 400)::uuid, md5('sched-h' || g)::uuid, md5('sched-i' || g || '-' || m)::uuid,
                               'Bus ' || g % 25, false, now()
                        FROM generate_series(1, :n) AS g, generate_series(0, 4) AS m""").param("n", households).update();
        double seconds = (System.nanoTime() - started) / 1e9;
        owner.sql("DROP TABLE schedule_reference").update();
        return seconds;
    }

    /** Six days of departures through three crossings, with a tenth more 40-seat buses than the persons need. */
    private static ScheduleWeekRequest request(LocalDate week, int persons) {
        int buses = (int) Math.ceil(persons * 1.1 / 40 / (CROSSINGS.length * 6));
        List<ScheduleWeekRequest.OfferedDeparture> departures = new ArrayList<>();
        for (String crossing : CROSSINGS) {
            for (int day = 0; day < 6; day++) {
                List<Vehicle> vehicles = new ArrayList<>();
                for (int bus = 1; bus <= buses; bus++) {
                    vehicles.add(new Vehicle("Bus " + bus, 40, 2));
                }
                departures.add(new ScheduleWeekRequest.OfferedDeparture(
                        "Beirut, " + crossing + " road",
                        "LBN",
                        crossing,
                        week.plusDays(day).toString(),
                        "HOME",
                        vehicles));
            }
        }
        return new ScheduleWeekRequest(week.toString(), departures);
    }
}
