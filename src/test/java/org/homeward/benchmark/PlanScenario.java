package org.homeward.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.homeward.movements.scheduling.Departure;
import org.homeward.movements.scheduling.ReadyHousehold;
import org.homeward.movements.scheduling.VehicleCapacity;

/**
 * A national return plan for the scheduler benchmark, seeded and reproducible: households from five
 * countries of asylum in the proportions of recent Syrian refugee returns, 1 to 12 persons (about 4.9 on
 * average), some needing accessible seats, one in five bound to the crossing their journey names,
 * intentions spread over the plan's months; monthly targets that add up to everyone; daily departures
 * (Monday to Saturday) per crossing with 40-seat buses, two accessible seats each, a quarter more than
 * the week's share needs.
 */
final class PlanScenario {

    static final int SEATS = 40;
    static final int ACCESSIBLE_SEATS = 2;
    static final Map<String, double[]> COUNTRIES = new LinkedHashMap<>();
    static final Map<String, String[]> CROSSINGS = new LinkedHashMap<>();

    static {
        COUNTRIES.put("TUR", new double[] {0.45});
        COUNTRIES.put("LBN", new double[] {0.30});
        COUNTRIES.put("JOR", new double[] {0.15});
        COUNTRIES.put("IRQ", new double[] {0.06});
        COUNTRIES.put("EGY", new double[] {0.04});
        CROSSINGS.put("TUR", new String[] {"BAB_AL_HAWA", "BAB_AL_SALAMA", "JARABLUS"});
        CROSSINGS.put("LBN", new String[] {"MASNAA", "JOUSIEH", "ARIDA"});
        CROSSINGS.put("JOR", new String[] {"NASIB"});
        CROSSINGS.put("IRQ", new String[] {"ALBU_KAMAL"});
        CROSSINGS.put("EGY", new String[] {"DAMASCUS_AIRPORT"});
    }

    final LocalDate startsOn;
    final LocalDate endsOn;
    final List<ReadyHousehold> households = new ArrayList<>();
    final Map<String, Long> personsByCountry = new LinkedHashMap<>();

    PlanScenario(long persons, int months, long seed) {
        startsOn = LocalDate.of(2027, 1, 1);
        endsOn = startsOn.plusMonths(months).minusDays(1);
        Random random = new Random(seed);
        long made = 0;
        int sequence = 0;
        while (made < persons) {
            String country = country(random.nextDouble());
            int size = size(random);
            int needing = random.nextInt(100) < 8 ? Math.min(size, 1 + (random.nextInt(10) == 0 ? 1 : 0)) : 0;
            String[] crossings = CROSSINGS.get(country);
            String crossing = random.nextInt(5) == 0 ? crossings[random.nextInt(crossings.length)] : "";
            LocalDate intended = startsOn.minusDays(90)
                    .plusDays(random.nextInt((int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 60));
            sequence++;
            households.add(new ReadyHousehold(
                    new UUID(seed, sequence),
                    country,
                    crossing,
                    size,
                    needing,
                    intended,
                    intended.minusDays(random.nextInt(2000)),
                    "HW-%07d".formatted(sequence)));
            personsByCountry.merge(country, (long) size, Long::sum);
            made += size;
        }
    }

    /** Monday to Saturday departures per crossing in the week, with a quarter more buses than its share needs. */
    List<Departure> departures(LocalDate monday, int months) {
        List<Departure> departures = new ArrayList<>();
        for (Map.Entry<String, String[]> country : CROSSINGS.entrySet()) {
            double weekly = personsByCountry.getOrDefault(country.getKey(), 0L) / (months * 30.44 / 7);
            int buses = (int) Math.ceil(weekly / country.getValue().length / 6 / SEATS * 1.25) + 1;
            for (String crossing : country.getValue()) {
                for (int day = 0; day < 6; day++) {
                    LocalDate on = monday.plusDays(day);
                    String key = country.getKey() + "/" + crossing + "/" + on;
                    List<VehicleCapacity> vehicles = new ArrayList<>();
                    for (int bus = 1; bus <= buses; bus++) {
                        vehicles.add(new VehicleCapacity("bus-" + bus, SEATS, ACCESSIBLE_SEATS));
                    }
                    departures.add(new Departure(key, country.getKey(), crossing, on, vehicles));
                }
            }
        }
        return departures;
    }

    /** The monthly targets: each country's persons spread evenly over the plan's months, through any crossing. */
    Map<String, Map<YearMonth, Integer>> targets(int months) {
        Map<String, Map<YearMonth, Integer>> targets = new LinkedHashMap<>();
        personsByCountry.forEach((country, persons) -> {
            Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
            for (int month = 0; month < months; month++) {
                byMonth.put(YearMonth.from(startsOn).plusMonths(month), (int) Math.ceil(persons / (double) months));
            }
            targets.put(country, byMonth);
        });
        return targets;
    }

    LocalDate firstMonday() {
        return startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String country(double draw) {
        double sum = 0;
        for (Map.Entry<String, double[]> country : COUNTRIES.entrySet()) {
            sum += country.getValue()[0];
            if (draw < sum) {
                return country.getKey();
            }
        }
        return "EGY";
    }

    /** 1 to 12 persons, mostly 3 to 6: about 4.9 on average. */
    private static int size(Random random) {
        int[] sizes = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12};
        int[] weights = {7, 9, 13, 17, 18, 14, 9, 6, 4, 2, 1};
        int draw = random.nextInt(100);
        for (int index = 0; index < sizes.length; index++) {
            draw -= weights[index];
            if (draw < 0) {
                return sizes[index];
            }
        }
        return 5;
    }
}
