package org.homeward.reception;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.homeward.places.PlaceLookup;

/**
 * Works out the reception forecast from centres with their occupancy and the expected arrivals,
 * with no database: each arrival counts at its nearest centre (see {@link NearestCentre}); a
 * centre is short where what arrives needs more than is free now.
 */
final class ForecastCalculator {

    private final PlaceLookup places;

    ForecastCalculator(PlaceLookup places) {
        this.places = places;
    }

    ReceptionForecast forecast(
            List<CentreOccupancy> centres, List<PlannedArrival> arrivals, LocalDate firstDay, LocalDate lastDay) {
        NearestCentre nearest = new NearestCentre(
                centres.stream()
                        .map(CentreOccupancy::centre)
                        .filter(Centre::open)
                        .toList(),
                places);
        Map<String, List<PlannedArrival>> byCentre = new HashMap<>();
        int unplacedHouseholds = 0;
        int unplacedPersons = 0;
        for (PlannedArrival arrival : arrivals) {
            if (arrival.plannedDate().isBefore(firstDay)
                    || arrival.plannedDate().isAfter(lastDay)) {
                continue;
            }
            var centre = nearest.forDestination(arrival.destinationPcode());
            if (centre.isPresent()) {
                byCentre.computeIfAbsent(centre.get().code(), code -> new ArrayList<>())
                        .add(arrival);
            } else {
                unplacedHouseholds++;
                unplacedPersons += arrival.persons();
            }
        }
        List<CentreForecast> centreForecasts = centres.stream()
                .map(occupancy -> centre(
                        occupancy, byCentre.getOrDefault(occupancy.centre().code(), List.of())))
                .toList();
        return new ReceptionForecast(
                firstDay, lastDay, centreForecasts, towns(centreForecasts), unplacedHouseholds, unplacedPersons);
    }

    private static CentreForecast centre(CentreOccupancy occupancy, List<PlannedArrival> arrivals) {
        Centre centre = occupancy.centre();
        Spaces free = centre.open() ? occupancy.free() : Spaces.NONE;
        Map<LocalDate, Spaces> byDay = new TreeMap<>();
        for (PlannedArrival arrival : arrivals) {
            byDay.merge(arrival.plannedDate(), arrival.spaces(), Spaces::plus);
        }
        Spaces planned = Spaces.NONE;
        LocalDate firstShortDay = null;
        for (Map.Entry<LocalDate, Spaces> day : byDay.entrySet()) {
            planned = planned.plus(day.getValue());
            if (firstShortDay == null && !free.holds(planned)) {
                firstShortDay = day.getKey();
            }
        }
        return new CentreForecast(
                centre.code(),
                centre.nameEn(),
                centre.nameAr(),
                centre.townEn(),
                centre.townAr(),
                centre.pcode(),
                occupancy.status(),
                free,
                planned,
                arrivals.size(),
                free.shortfallFor(planned),
                firstShortDay);
    }

    /**
     * Sums the centres of each town. A town is short where its centres together cannot take what
     * is expected, so room in one centre covers a shortfall in another of the same town.
     */
    private static List<TownForecast> towns(List<CentreForecast> centres) {
        Map<String, List<CentreForecast>> byTown = new LinkedHashMap<>();
        for (CentreForecast centre : centres) {
            byTown.computeIfAbsent(centre.pcode() + "|" + centre.townEn(), key -> new ArrayList<>())
                    .add(centre);
        }
        List<TownForecast> towns = new ArrayList<>();
        for (List<CentreForecast> town : byTown.values()) {
            Spaces free = town.stream().map(CentreForecast::free).reduce(Spaces.NONE, Spaces::plus);
            Spaces planned = town.stream().map(CentreForecast::planned).reduce(Spaces.NONE, Spaces::plus);
            int households = town.stream().mapToInt(CentreForecast::households).sum();
            CentreForecast first = town.get(0);
            towns.add(new TownForecast(
                    first.pcode(),
                    first.townEn(),
                    first.townAr(),
                    town.size(),
                    free,
                    planned,
                    households,
                    free.shortfallFor(planned)));
        }
        towns.sort(Comparator.comparing(TownForecast::pcode).thenComparing(TownForecast::townEn));
        return towns;
    }
}
