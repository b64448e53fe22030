package org.homeward.documentation;

import java.util.List;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;

/** Households and users the evidence and referral tests work with. */
final class EvidenceTestData {

    static final String PASSWORD = "evidence test password 7";

    private EvidenceTestData() {}

    /** A household of two heading to the given sub-district, registered by the system. */
    static Household household(HouseholdCommands households, String destination, String documentNumber) {
        return households.register(
                new RegisterHouseholdRequest(
                        "Evidence site",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null),
                        List.of(
                                new IndividualDetails(
                                        "PRINCIPAL",
                                        "هدى",
                                        "Huda",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "الحلبي",
                                        "Alhalabi",
                                        "F",
                                        "1985",
                                        null,
                                        "NATIONAL_ID",
                                        documentNumber,
                                        null,
                                        List.of()),
                                new IndividualDetails(
                                        "DAUGHTER",
                                        "ليلى",
                                        "Layla",
                                        null,
                                        null,
                                        null,
                                        null,
                                        "الحلبي",
                                        "Alhalabi",
                                        "F",
                                        "2019",
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of()))),
                "evidence-test");
    }

    /** Makes the user once (tests share one database), with the given areas as scope. */
    static String user(UserService users, String username, Role role, String... areas) {
        return TestUsers.ensure(
                users,
                username,
                role,
                PASSWORD,
                null,
                java.util.Arrays.stream(areas)
                        .map(area -> ScopeGrant.parse("area:" + area))
                        .toList());
    }
}
