package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;

/** Households for the intention tests, with document numbers no other test of the run uses. */
final class IntentionTestData {

    static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IntentionTestData() {}

    /** A document number no other household of this run holds. */
    static String documentNumber() {
        return "INT" + RUN + "X" + SEQUENCE.incrementAndGet();
    }

    /** A refugee household from the country of asylum, going to the destination, of the size given. */
    static Household household(
            HouseholdCommands households,
            String asylumCountry,
            String destination,
            int persons,
            String principalDocument) {
        List<IndividualDetails> members = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            members.add(new IndividualDetails(
                    i == 0 ? "PRINCIPAL" : i == 1 ? "SPOUSE" : "DAUGHTER",
                    "هند",
                    "Hind",
                    "سامي",
                    "Sami",
                    null,
                    null,
                    "النية",
                    "Alniyya",
                    i == 0 ? "M" : "F",
                    String.valueOf(1975 + i * 4),
                    null,
                    i == 0 && principalDocument != null ? "NATIONAL_ID" : null,
                    i == 0 ? principalDocument : null,
                    null,
                    List.of()));
        }
        String crossing = asylumCountry.equals("TUR") ? "BAB_AL_HAWA" : "MASNAA";
        return households.register(
                new RegisterHouseholdRequest(
                        "Intentions test site",
                        new JourneyDetails("REFUGEE", asylumCountry, null, crossing, destination, null),
                        members),
                "intentions.test");
    }
}
