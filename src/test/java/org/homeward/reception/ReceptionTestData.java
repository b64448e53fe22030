package org.homeward.reception;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;

/** Households, users and codes for the whole-application tests of reception, unique within a test run. */
final class ReceptionTestData {

    static final String PASSWORD = "reception test password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String[] GIVEN_AR = {"محمد", "فاطمة", "أحمد", "مريم", "خالد", "ليلى", "يوسف", "هبة"};
    private static final String[] GIVEN_LATIN = {
        "Mohammad", "Fatima", "Ahmad", "Maryam", "Khaled", "Layla", "Yousef", "Hiba"
    };

    private ReceptionTestData() {}

    /** A code no other test of this run uses, such as {@code CAP-k3x-7}. */
    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    static String user(UserService users, Role role) {
        String username = ("rc." + role.cliName() + "." + RUN + "." + SEQUENCE.incrementAndGet()).toLowerCase();
        users.create(username, role, PASSWORD, "Test NGO");
        return username;
    }

    /**
     * Registers a refugee household of the given size going to the destination on the day, whose
     * members at the positions given have a disability (DS), so that it needs an accessible unit.
     */
    static Household household(
            HouseholdCommands households,
            String destination,
            LocalDate plannedDate,
            int persons,
            Set<Integer> withDisability) {
        String family = "Al-Test" + letters(SEQUENCE.incrementAndGet());
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            String relationship = i == 0 ? "PRINCIPAL" : i == 1 ? "SPOUSE" : "SON";
            members.add(new IndividualDetails(
                    relationship,
                    GIVEN_AR[i % GIVEN_AR.length],
                    GIVEN_LATIN[i % GIVEN_LATIN.length],
                    "علي",
                    "Ali",
                    null,
                    null,
                    "الاختبار",
                    family,
                    i % 2 == 0 ? "M" : "F",
                    String.valueOf(1960 + i * 3),
                    null,
                    null,
                    null,
                    null,
                    withDisability.contains(i) ? List.of("DS") : List.of()));
        }
        JourneyDetails journey = new JourneyDetails(
                "REFUGEE", "LBN", null, "MASNAA", destination, plannedDate == null ? null : plannedDate.toString());
        return households.register(new RegisterHouseholdRequest("Masnaa crossing", journey, members), "reception.test");
    }

    /** A number written in letters (names may hold no digits): 1 is "b", 27 is "bb". */
    private static String letters(int number) {
        StringBuilder text = new StringBuilder();
        int rest = number;
        do {
            text.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return text.toString();
    }

    static Household household(HouseholdCommands households, int persons) {
        return household(households, "SY020000", null, persons, Set.of());
    }
}
