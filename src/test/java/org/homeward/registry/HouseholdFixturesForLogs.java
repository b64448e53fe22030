package org.homeward.registry;

import java.util.List;
import java.util.Map;

/** A one-person household carrying given secrets, for tests that look for them where they must not be. */
public final class HouseholdFixturesForLogs {

    private HouseholdFixturesForLogs() {}

    public static Map<String, Object> single(String givenNameLatin, String phone, String documentNumber) {
        Map<String, Object> principal = HouseholdFixtures.member(
                "PRINCIPAL", "سامي", givenNameLatin, null, null, "الحموي", "Hamwi", "M", "1970", phone, List.of());
        principal = new java.util.HashMap<>(principal);
        principal.put("documentType", "PASSPORT");
        principal.put("documentNumber", documentNumber);
        return Map.of(
                "registrationSite",
                "Log site",
                "journey",
                Map.of("returnType", "REFUGEE", "originCountry", "JOR", "destinationPcode", "SY020000"),
                "members",
                List.of(principal));
    }
}
