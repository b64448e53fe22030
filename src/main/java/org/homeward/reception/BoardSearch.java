package org.homeward.reception;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.HouseholdSummary;
import org.homeward.registry.SearchCriteria;
import org.homeward.registry.SearchText;
import org.springframework.stereotype.Service;

/**
 * The centre board's search by name or phone: among the households expected at the centre today,
 * booked there or staying there, and only those. Names and phones are matched by the registry's own
 * search within the user's scope (so spellings fold as they do everywhere), then kept to the centre's
 * households; a reference typed in part matches too.
 */
@Service
class BoardSearch {

    /** The most households of a centre the board searches among, and of the registry's answer kept. */
    static final int MOST = 500;

    private static final int REGISTRY_PAGE = 100;
    private final ReceptionForecastService forecasts;
    private final StayQueries stays;
    private final HouseholdQueries households;

    BoardSearch(ReceptionForecastService forecasts, StayQueries stays, HouseholdQueries households) {
        this.forecasts = forecasts;
        this.stays = stays;
        this.households = households;
    }

    /** The centre's households matching the text; the centre must be one of the user's (else "not found"). */
    List<BoardMatch> find(String centreCode, String text) {
        String query = text == null ? "" : text.strip();
        // The centre's own lists come first: another centre's answers "not found" whatever was typed.
        List<ExpectedHousehold> expectedToday = forecasts.expectedToday(centreCode);
        if (query.length() < 2) {
            return List.of();
        }
        Map<UUID, BoardMatch> ofCentre = new LinkedHashMap<>();
        for (ExpectedHousehold expected : expectedToday) {
            PlannedArrival arrival = expected.arrival();
            ofCentre.putIfAbsent(
                    arrival.householdId(),
                    new BoardMatch(
                            arrival.householdId(),
                            arrival.reference(),
                            expected.principalNameAr(),
                            expected.principalNameLatin(),
                            BoardMatch.Where.EXPECTED));
        }
        add(ofCentre, stays.bookings(centreCode, 0, MOST).items(), BoardMatch.Where.BOOKED);
        add(ofCentre, stays.residents(centreCode, null, 0, MOST).items(), BoardMatch.Where.STAYING);
        if (ofCentre.isEmpty()) {
            return List.of();
        }
        Set<UUID> found = registryMatches(query);
        String reference = query.toUpperCase(Locale.ROOT).replace(" ", "");
        String folded = SearchText.fold(query);
        return ofCentre.values().stream()
                .filter(match -> found.contains(match.householdId())
                        || match.reference().replace("-", "").contains(reference.replace("-", ""))
                        || contains(match.principalNameAr(), folded)
                        || contains(match.principalNameLatin(), folded))
                .toList();
    }

    /** The households the registry finds for the text as a phone (mostly digits) or else as a name. */
    private Set<UUID> registryMatches(String query) {
        long digits = query.chars().filter(Character::isDigit).count();
        boolean phone =
                digits >= 6 && digits >= query.replaceAll("[\\s+()\\-]", "").length() - 1;
        SearchCriteria criteria = phone ? new SearchCriteria(null, null, query) : new SearchCriteria(query, null, null);
        return households.search(criteria, 0, REGISTRY_PAGE).items().stream()
                .map(HouseholdSummary::householdId)
                .collect(Collectors.toSet());
    }

    private static void add(Map<UUID, BoardMatch> ofCentre, List<Resident> residents, BoardMatch.Where where) {
        List<Resident> listed = new ArrayList<>(residents);
        for (Resident resident : listed) {
            ofCentre.putIfAbsent(
                    resident.stay().householdId(),
                    new BoardMatch(
                            resident.stay().householdId(),
                            resident.reference(),
                            resident.principalNameAr(),
                            resident.principalNameLatin(),
                            where));
        }
    }

    private static boolean contains(String name, String folded) {
        return name != null && !folded.isEmpty() && SearchText.fold(name).contains(folded);
    }
}
