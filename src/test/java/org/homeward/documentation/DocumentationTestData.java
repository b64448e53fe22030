package org.homeward.documentation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;

/** Users and households for the documentation tests, unique per run so tests sharing one database never meet. */
final class DocumentationTestData {

    static final String PASSWORD = "documentation test password";
    /** Hamam Wasil, the sub-district the test households head to. */
    static final String DESTINATION = "SY100603";

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private DocumentationTestData() {}

    /** A new user of the role, scoped to the area when given. */
    static String user(UserService users, Role role, String area) {
        String username = "doc." + role.cliName().substring(0, 5) + "." + RUN + "." + SEQUENCE.incrementAndGet();
        users.create(username, role, PASSWORD, "Legal aid NGO");
        if (area != null) {
            users.setScopes(username, List.of(ScopeGrant.parse("area:" + area)));
        }
        return username;
    }

    /**
     * A refugee household coming home from Lebanon: a father with a national ID, a mother with no
     * document, and the children born on the given days (YYYY-MM-DD) with the given documents (null: none).
     */
    static Household household(
            HouseholdCommands households, String origin, String[] childBirths, String[] childDocuments) {
        int number = SEQUENCE.incrementAndGet();
        List<IndividualDetails> members = new ArrayList<>();
        members.add(new IndividualDetails(
                "PRINCIPAL",
                "عمر",
                "Omar",
                "خالد",
                "Khaled",
                null,
                null,
                "الحمصي",
                "Alhomsi",
                "M",
                "1984-02-10",
                null,
                "NATIONAL_ID",
                "DOC" + RUN + number,
                null,
                List.of()));
        members.add(new IndividualDetails(
                "SPOUSE",
                "هدى",
                "Huda",
                "سالم",
                "Salem",
                null,
                null,
                "الحمصي",
                "Alhomsi",
                "F",
                "1989-07-01",
                null,
                null,
                null,
                null,
                List.of()));
        for (int i = 0; i < childBirths.length; i++) {
            String document = childDocuments[i];
            members.add(new IndividualDetails(
                    i % 2 == 0 ? "SON" : "DAUGHTER",
                    "سامي",
                    "Sami",
                    "عمر",
                    "Omar",
                    null,
                    null,
                    "الحمصي",
                    "Alhomsi",
                    i % 2 == 0 ? "M" : "F",
                    childBirths[i],
                    null,
                    document,
                    document == null ? null : "BC" + RUN + number + i,
                    null,
                    List.of()));
        }
        return households.register(
                new RegisterHouseholdRequest(
                        "Masnaa crossing",
                        new JourneyDetails("REFUGEE", origin, null, "MASNAA", DESTINATION, null),
                        members),
                "registration");
    }
}
