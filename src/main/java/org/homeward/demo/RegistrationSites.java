package org.homeward.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.homeward.registry.ReturnType;

/** Names the places where households register: crossings, community centres, help desks abroad, mobile teams. */
final class RegistrationSites {

    private static final Map<String, List<String>> HELP_DESK_CITIES = Map.of(
            "LBN", List.of("Beirut", "Tripoli", "Zahle"),
            "TUR", List.of("Gaziantep", "Istanbul", "Hatay"),
            "JOR", List.of("Amman", "Irbid", "Mafraq"),
            "IRQ", List.of("Erbil", "Duhok"),
            "EGY", List.of("Cairo"));

    private final CrossingChooser crossings;
    private final SubdistrictPopulation places;

    RegistrationSites(CrossingChooser crossings, SubdistrictPopulation places) {
        this.crossings = crossings;
        this.places = places;
    }

    String crossing(String crossingCode) {
        return crossings.siteName(crossingCode);
    }

    String communityCentre(String subdistrictPcode) {
        return "Community centre, " + places.byPcode(subdistrictPcode).nameEnglish();
    }

    String mobileTeam(String subdistrictPcode) {
        return "Mobile registration team, " + places.byPcode(subdistrictPcode).nameEnglish();
    }

    String helpDeskAbroad(String countryOfAsylum, RandomGenerator random) {
        List<String> cities = HELP_DESK_CITIES.get(countryOfAsylum);
        if (cities == null) {
            return "Return help desk, " + countryOfAsylum;
        }
        return "Return help desk, " + cities.get(random.nextInt(cities.size()));
    }

    /** A site other than the one that registered the journey first, where the household might register again. */
    String another(JourneyPlan journey, RandomGenerator random) {
        List<String> candidates = new ArrayList<>();
        candidates.add(communityCentre(journey.destinationPcode()));
        candidates.add(mobileTeam(journey.destinationPcode()));
        if (journey.returnType() == ReturnType.REFUGEE) {
            candidates.add(helpDeskAbroad(journey.originCountry(), random));
            if (journey.crossingPoint() != null) {
                candidates.add(crossing(journey.crossingPoint()));
            }
        } else {
            candidates.add(communityCentre(journey.originLocation()));
        }
        candidates.removeIf(site -> site.equals(journey.registrationSite()));
        return candidates.get(random.nextInt(candidates.size()));
    }
}
