package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bound on the people a name query ranks: when more bear the name than the bound, the ones kept are
 * the latest registered, the same at every search, not whichever rows a table scan met first.
 */
@HomewardTest
class NameCandidatesIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    NameCandidates candidates;

    @Test
    void moreNamesakesThanTheBoundKeepTheLatestRegisteredEveryTime() throws InterruptedException {
        String family =
                "Zarzour" + Long.toString(System.nanoTime() % 100_000, 36).replaceAll("[0-9]", "q");
        List<UUID> registered = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            registered.add(households
                    .register(request(family, 1960 + 5 * n), "bound.test")
                    .id());
            Thread.sleep(5);
        }
        NameQuery query = NameQuery.parse("Qutaiba " + family);

        NameCandidates.Found first = candidates.find(query, List.of(), Map.of(), 3);
        NameCandidates.Found again = candidates.find(query, List.of(), Map.of(), 3);

        assertThat(first.complete()).as("six bear the name, three are kept").isFalse();
        assertThat(households(first))
                .as("the three registered last")
                .containsExactlyInAnyOrderElementsOf(registered.subList(3, 6));
        assertThat(households(again)).isEqualTo(households(first));
        assertThat(households(candidates.find(query, List.of(), Map.of(), 10)))
                .as("within the bound everyone is found")
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    private static List<UUID> households(NameCandidates.Found found) {
        return found.candidates().stream()
                .map(NameCandidates.Candidate::householdId)
                .toList();
    }

    private static RegisterHouseholdRequest request(String family, int birthYear) {
        return new RegisterHouseholdRequest(
                "Bound site",
                new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", "SY010000", null),
                List.of(new IndividualDetails(
                        "PRINCIPAL",
                        null,
                        "Qutaiba",
                        null,
                        "Rami",
                        null,
                        null,
                        null,
                        family,
                        "M",
                        Integer.toString(birthYear),
                        null,
                        null,
                        null,
                        null,
                        List.of())));
    }
}
