package org.homeward.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.places.GeoPoint;
import org.homeward.places.PlaceLookup;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;

/** Centres, households and users for the whole-application tests of allocation, unique within a test run. */
final class AllocationTestData {

    static final String PASSWORD = "allocation test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final PlaceLookup PLACES = PlaceLookup.shipped();

    private AllocationTestData() {}

    static String user(UserService users, Role role) {
        String username = ("al." + role.cliName() + "." + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
        users.create(username, role, PASSWORD, "Test NGO");
        return username;
    }

    /** An open centre standing on the centroid of the sub-district, with the room given. */
    static String centre(CentreService centres, String pcode, int persons, int familyUnits, int accessibleUnits) {
        GeoPoint at = PLACES.centroid(pcode).orElseThrow();
        String code = "AL-" + RUN + "-" + SEQUENCE.incrementAndGet();
        return centres.create(
                        new CentreRequest(
                                code,
                                "Allocation test centre " + code,
                                "مركز اختبار التوزيع " + code,
                                null,
                                null,
                                pcode,
                                at.latitude(),
                                at.longitude(),
                                persons,
                                familyUnits,
                                accessibleUnits,
                                List.of(),
                                true,
                                null),
                        "allocation.test")
                .code();
    }

    /** Registers a household going home to the destination on the day; the first member has a disability if asked. */
    static Household household(
            HouseholdCommands households, String destination, LocalDate plannedDate, int persons, boolean disability) {
        String family = "Al-Tawzi" + letters(SEQUENCE.incrementAndGet());
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            String relationship = i == 0 ? "PRINCIPAL" : i == 1 ? "SPOUSE" : "DAUGHTER";
            members.add(new IndividualDetails(
                    relationship,
                    i == 1 ? "فاطمة" : "سامر",
                    i == 1 ? "Fatima" : "Samer",
                    "علي",
                    "Ali",
                    null,
                    null,
                    "التوزيع",
                    family,
                    i == 1 ? "F" : "M",
                    String.valueOf(1970 + i * 4),
                    null,
                    null,
                    null,
                    null,
                    disability && i == 0 ? List.of("DS") : List.of()));
        }
        JourneyDetails journey =
                new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, plannedDate.toString());
        return households.register(
                new RegisterHouseholdRequest("Masnaa crossing", journey, members), "allocation.test");
    }

    /** Waits until the run is no longer running; the engine solves a handful of households in well under a minute. */
    static AllocationRun finished(AllocationPlanner planner, UUID runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        AllocationRun run = planner.run(runId);
        while (run.running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            run = planner.run(runId);
        }
        return run;
    }

    private static String letters(int number) {
        StringBuilder text = new StringBuilder();
        int rest = number;
        do {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }
}
