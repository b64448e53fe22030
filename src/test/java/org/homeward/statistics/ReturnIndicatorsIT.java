package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.ConsentRequest;
import org.homeward.registry.ConsentService;
import org.homeward.registry.DataSubjectRequest;
import org.homeward.registry.DataSubjectRequestService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.registry.ReturnType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Indicators over the hand-made registry of {@link HandMadeRegistry}, whose answers are worked out there by hand. */
class ReturnIndicatorsIT {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static IndicatorService indicators;
    private static JdbcClient jdbc;

    @BeforeAll
    static void load() throws Exception {
        HandMadeRegistry.load();
        indicators = StatisticsTestApplication.bean(IndicatorService.class);
        jdbc = StatisticsTestApplication.bean(JdbcClient.class);
    }

    private static IndicatorQuery returns(ReturnType type, LocalDate from, LocalDate to) {
        return IndicatorQuery.total(ReturnStage.RETURNED, type, from, to);
    }

    /** Row key to row total, zero rows left out, from the raw (unprotected) counts. */
    private static Map<String, Long> rows(IndicatorQuery query) {
        IndicatorService.Counts counts = indicators.counts(query);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (int r = 0; r < counts.rowKeys().size(); r++) {
            long value = counts.table().value(r, counts.table().columns());
            if (value != 0) {
                rows.put(counts.rowKeys().get(r), value);
            }
        }
        return rows;
    }

    private static long total(IndicatorQuery query) {
        return indicators.counts(query).table().grandTotal();
    }

    @Test
    void countsReturnsOnTheReturnDatePerDayWeekMonthAndYear() {
        IndicatorQuery query = returns(null, START, END);
        assertThat(rows(query.withRows(TableDimension.MONTH, null)))
                .containsExactly(entry("2024-03", 9L), entry("2024-04", 4L), entry("2024-06", 2L));
        assertThat(total(query)).isEqualTo(15);
        IndicatorQuery march = returns(null, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        assertThat(rows(march.withRows(TableDimension.DAY, null)))
                .containsExactly(entry("2024-03-05", 6L), entry("2024-03-20", 3L));
        assertThat(rows(march.withRows(TableDimension.WEEK, null)))
                .containsExactly(entry("2024-W10", 6L), entry("2024-W12", 3L));
        IndicatorQuery years = returns(null, LocalDate.of(2023, 6, 1), LocalDate.of(2025, 5, 31));
        assertThat(indicators.counts(years.withRows(TableDimension.YEAR, null)).rowKeys())
                .containsExactly("2023", "2024", "2025");
        assertThat(rows(years.withRows(TableDimension.YEAR, null))).containsExactly(entry("2024", 15L));
    }

    @Test
    void countsOnlyTheDaysOfAPeriodThatCutsMonths() {
        // 6 March to 15 April: H2 on 20 March (3) and H3 on 15 April (4); one day less leaves H3 out.
        assertThat(total(returns(null, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 4, 15))))
                .isEqualTo(7);
        assertThat(total(returns(null, LocalDate.of(2024, 3, 6), LocalDate.of(2024, 4, 14))))
                .isEqualTo(3);
        // Cumulative since 20 March: 3 + 4 + 2.
        assertThat(total(returns(null, LocalDate.of(2024, 3, 20), END))).isEqualTo(9);
    }

    @Test
    void countsHouseholdsThroughTheirPrincipal() {
        IndicatorQuery households = returns(null, START, END).withUnit(CountUnit.HOUSEHOLDS, Counting.REGISTRATIONS);
        assertThat(rows(households.withRows(TableDimension.MONTH, null)))
                .containsExactly(entry("2024-03", 2L), entry("2024-04", 1L), entry("2024-06", 1L));
        assertThat(rows(households.withRows(TableDimension.SEX, null))).containsExactly(entry("F", 1L), entry("M", 3L));
    }

    @Test
    void splitsByReturnTypeCountryOfAsylumAndCrossingPoint() {
        IndicatorQuery query = returns(null, START, END);
        assertThat(rows(query.withRows(TableDimension.RETURN_TYPE, null)))
                .containsExactly(entry("REFUGEE", 11L), entry("IDP", 4L));
        assertThat(rows(returns(ReturnType.REFUGEE, START, END).withRows(TableDimension.COUNTRY, null)))
                .containsExactly(entry("LBN", 8L), entry("TUR", 3L));
        assertThat(rows(query.withRows(TableDimension.CROSSING, null)))
                .containsOnly(entry("MASNAA", 8L), entry("BAB_AL_HAWA", 3L), entry("", 4L));
        assertThat(total(query.withArea(null, "LBN"))).isEqualTo(8);
    }

    @Test
    void splitsByDestinationAtEachLevel() {
        IndicatorQuery query = returns(null, START, END);
        IndicatorService.Counts governorates = indicators.counts(query.withRows(TableDimension.ADM1, null));
        assertThat(governorates.rowKeys()).hasSize(14).contains("SY01", "SY14");
        assertThat(rows(query.withRows(TableDimension.ADM1, null)))
                .containsExactly(entry("SY02", 12L), entry("SY07", 3L));
        assertThat(rows(query.withArea("SY02", null).withRows(TableDimension.ADM3, null)))
                .containsExactly(entry("SY020000", 12L));
        assertThat(total(query.withArea("SY0700", null))).isEqualTo(3);
    }

    @Test
    void splitsBySexAndAgeAtTheReturnDate() {
        IndicatorQuery query = returns(null, START, END);
        assertThat(rows(query.withRows(TableDimension.SEX, null))).containsExactly(entry("F", 7L), entry("M", 8L));
        assertThat(rows(query.withRows(TableDimension.AGE_GROUP, null)))
                .containsExactly(
                        entry("0_4", 2L),
                        entry("5_11", 2L),
                        entry("12_17", 1L),
                        entry("18_59", 8L),
                        entry("60_plus", 1L),
                        entry("unknown", 1L));
        IndicatorService.Counts pyramid =
                indicators.counts(query.withRows(TableDimension.AGE_GROUP, TableDimension.SEX));
        int adults = pyramid.rowKeys().indexOf("18_59");
        assertThat(pyramid.table().value(adults, pyramid.columnKeys().indexOf("M")))
                .isEqualTo(5);
        assertThat(pyramid.table().value(adults, pyramid.columnKeys().indexOf("F")))
                .isEqualTo(3);
    }

    @Test
    void countsPendingJourneysOnTheDayOfRegistrationAndWithdrawnOnesNowhere() {
        IndicatorQuery pending = new IndicatorQuery(
                ReturnStage.PENDING,
                null,
                START,
                END,
                null,
                null,
                TableDimension.MONTH,
                null,
                CountUnit.INDIVIDUALS,
                Counting.REGISTRATIONS);
        assertThat(rows(pending)).containsExactly(entry("2024-05", 2L));
        assertThat(total(returns(ReturnType.REFUGEE, START, END).withArea("SY12", null)))
                .isZero();
    }

    @Test
    void aJourneyThatMovesTwiceIsCountedOnceOnTheDayItReachesHome() {
        LocalDate today =
                LocalDate.now(StatisticsTestApplication.bean(Clock.class).withZone(ZoneId.of("Asia/Damascus")));
        IndicatorQuery pendingToday = new IndicatorQuery(
                ReturnStage.PENDING,
                null,
                today,
                today,
                null,
                null,
                null,
                null,
                CountUnit.INDIVIDUALS,
                Counting.REGISTRATIONS);
        IndicatorQuery returnedToday = returns(null, today, today);
        HouseholdCommands households = StatisticsTestApplication.bean(HouseholdCommands.class);
        JourneyCommands journeyCommands = StatisticsTestApplication.bean(JourneyCommands.class);
        Household household = households.register(
                new RegisterHouseholdRequest(
                        "Al Qaim crossing",
                        new JourneyDetails("REFUGEE", "IRQ", null, "AL_QAIM", "SY070000", null),
                        List.of(
                                person("PRINCIPAL", "علي", "Ali", "M", "1980"),
                                person("SPOUSE", "هبة", "Heba", "F", "1982"))),
                "officer");
        assertThat(total(pendingToday)).isEqualTo(2);
        assertThat(total(returnedToday)).isZero();

        journeyCommands.move(MoveJourney.of(household.id(), 0, JourneyStatus.IN_TRANSIT, "Crossed"), "officer");
        assertThat(total(pendingToday)).isEqualTo(2);
        assertThat(total(returnedToday)).isZero();

        journeyCommands.move(MoveJourney.of(household.id(), 1, JourneyStatus.RETURNED_HOME, "Arrived"), "officer");
        assertThat(total(pendingToday)).isZero();
        assertThat(total(returnedToday)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT returned_on FROM household WHERE id = :id")
                        .param("id", household.id())
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(today);
    }

    @Test
    void aDuplicatePairCountsOnceAsPersonsAfterTheMergeAndTwiceAsRegistrations() {
        IndicatorQuery persons = returns(null, START, END).withUnit(CountUnit.INDIVIDUALS, Counting.PERSONS);
        assertThat(total(persons)).isEqualTo(15);

        // What duplicate detection will do: H6's principal and wife are H1's, registered again in June.
        UUID khaled = UUID.randomUUID();
        UUID nour = UUID.randomUUID();
        link(HandMadeRegistry.individual("H1-1"), khaled);
        link(HandMadeRegistry.individual("H6-1"), khaled);
        link(HandMadeRegistry.individual("H1-2"), nour);
        link(HandMadeRegistry.individual("H6-2"), nour);

        assertThat(total(persons)).isEqualTo(13);
        assertThat(rows(persons.withRows(TableDimension.MONTH, null)))
                .containsExactly(entry("2024-03", 9L), entry("2024-04", 4L));
        assertThat(rows(persons.withRows(TableDimension.SEX, null))).containsExactly(entry("F", 6L), entry("M", 7L));
        assertThat(total(returns(null, START, END)))
                .as("registrations are unchanged")
                .isEqualTo(15);
    }

    @Test
    void aHouseholdWhoseConsentLeavesOutStatisticsIsNotCounted() {
        ConsentService consent = StatisticsTestApplication.bean(ConsentService.class);
        HouseholdQueries householdQueries = StatisticsTestApplication.bean(HouseholdQueries.class);
        UUID h3 = jdbc.sql("SELECT household_id FROM individual WHERE id = :id")
                .param("id", HandMadeRegistry.individual("H3-1"))
                .query(UUID.class)
                .single();
        IndicatorQuery query = returns(null, START, END);
        long before = total(query);
        assertThat(rows(query.withRows(TableDimension.MONTH, null))).containsEntry("2024-04", 4L);

        consent.record(
                h3,
                new ConsentRequest(
                        householdQueries.find(h3).version(),
                        List.of("REGISTRATION", "ASSISTANCE"),
                        List.of(),
                        "principal",
                        "VERBAL"),
                "officer");
        assertThat(total(query)).isEqualTo(before - 4);
        assertThat(rows(query.withRows(TableDimension.MONTH, null))).doesNotContainKey("2024-04");
        assertThat(indicators
                        .counts(query.withUnit(CountUnit.HOUSEHOLDS, Counting.REGISTRATIONS))
                        .table()
                        .grandTotal())
                .isEqualTo(3);

        consent.record(
                h3,
                new ConsentRequest(
                        householdQueries.find(h3).version(),
                        List.of("REGISTRATION", "STATISTICS"),
                        List.of(),
                        "principal",
                        "VERBAL"),
                "officer");
        assertThat(total(query)).isEqualTo(before);
        assertThat(rows(query.withRows(TableDimension.MONTH, null))).containsEntry("2024-04", 4L);
    }

    @Test
    void theIncrementalSummaryEqualsOneBuiltFromScratch() {
        indicators.refresh();
        String sql =
                "SELECT breakdown, area_level, grain, stage, period_start, area_code, return_type, category, individuals,"
                        + " persons, households FROM statistics_cell ORDER BY 1, 2, 3, 4, 5, 6, 7, 8";
        List<Map<String, Object>> kept = jdbc.sql(sql).query().listOfRows();
        assertThat(kept).isNotEmpty();
        jdbc.sql("DELETE FROM statistics_cell").update();
        indicators.rebuild();
        assertThat(jdbc.sql(sql).query().listOfRows()).isEqualTo(kept);
        assertThat(indicators.refresh()).as("nothing left to do").isZero();
    }

    @Test
    void changesScatteredOverOldDaysAndSubDistrictsKeepTheIncrementalSummaryExact() {
        HouseholdCommands households = StatisticsTestApplication.bean(HouseholdCommands.class);
        HouseholdQueries householdQueries = StatisticsTestApplication.bean(HouseholdQueries.class);
        List<Household> registered = new java.util.ArrayList<>();
        for (String destination : List.of("SY020200", "SY050101", "SY020405", "SY090301")) {
            registered.add(households.register(
                    new RegisterHouseholdRequest(
                            "Nasib crossing",
                            new JourneyDetails("REFUGEE", "JOR", null, "NASIB", destination, null),
                            List.of(
                                    person("PRINCIPAL", "سامر", "Samer", "M", "1979"),
                                    person("DAUGHTER", "ريم", "Reem", "F", "2010"))),
                    "officer"));
        }
        indicators.refresh();
        UUID first = registered.get(0).id();
        UUID second = registered.get(1).id();
        jdbc.sql("UPDATE household SET registered_at = TIMESTAMPTZ '2022-05-10 09:00:00+03' WHERE id IN (:a, :b)")
                .param("a", first)
                .param("b", second)
                .update();
        // The other two on another old day, so that nothing stays pending today for the other tests.
        jdbc.sql("UPDATE household SET registered_at = TIMESTAMPTZ '2022-05-11 09:00:00+03' WHERE id IN (:a, :b)")
                .param("a", registered.get(2).id())
                .param("b", registered.get(3).id())
                .update();
        indicators.refresh();

        jdbc.sql("UPDATE household SET destination_pcode = 'SY020405' WHERE id = :id")
                .param("id", first)
                .update();
        jdbc.sql(
                        "UPDATE household SET journey_status = 'RETURNED_HOME', returned_on = DATE '2022-06-01' WHERE id = :id")
                .param("id", second)
                .update();
        UUID person = UUID.randomUUID();
        link(householdQueries.find(registered.get(2).id()).principal().id(), person);
        link(householdQueries.find(registered.get(3).id()).principal().id(), person);
        indicators.refresh();

        String sql =
                "SELECT breakdown, area_level, grain, stage, period_start, area_code, return_type, category, individuals,"
                        + " persons, households FROM statistics_cell ORDER BY 1, 2, 3, 4, 5, 6, 7, 8";
        List<Map<String, Object>> incremental = jdbc.sql(sql).query().listOfRows();
        jdbc.sql("DELETE FROM statistics_cell").update();
        indicators.rebuild();
        assertThat(jdbc.sql(sql).query().listOfRows()).isEqualTo(incremental);
        IndicatorQuery pendingOldDay = new IndicatorQuery(
                ReturnStage.PENDING,
                null,
                LocalDate.of(2022, 5, 10),
                LocalDate.of(2022, 5, 10),
                null,
                null,
                null,
                null,
                CountUnit.INDIVIDUALS,
                Counting.REGISTRATIONS);
        assertThat(total(pendingOldDay))
                .as("one household of two left pending on that day")
                .isEqualTo(2);
    }

    @Test
    void aHouseholdThatMovesToAnotherDayRecountsTheDaysOfThePeopleLinkedToItsMembers() {
        HouseholdCommands households = StatisticsTestApplication.bean(HouseholdCommands.class);
        HouseholdQueries householdQueries = StatisticsTestApplication.bean(HouseholdQueries.class);
        List<UUID> registered = new java.util.ArrayList<>();
        for (String destination : List.of("SY020200", "SY050101")) {
            registered.add(households
                    .register(
                            new RegisterHouseholdRequest(
                                    "Nasib crossing",
                                    new JourneyDetails("REFUGEE", "JOR", null, "NASIB", destination, null),
                                    List.of(
                                            person("PRINCIPAL", "وائل", "Wael", "M", "1981"),
                                            person("DAUGHTER", "لمى", "Lama", "F", "2012"))),
                            "officer")
                    .id());
        }
        UUID later = registered.get(0);
        UUID earlier = registered.get(1);
        jdbc.sql("UPDATE household SET registered_at = TIMESTAMPTZ '2022-07-02 09:00:00+03' WHERE id = :id")
                .param("id", later)
                .update();
        jdbc.sql("UPDATE household SET registered_at = TIMESTAMPTZ '2022-07-01 09:00:00+03' WHERE id = :id")
                .param("id", earlier)
                .update();
        UUID person = UUID.randomUUID();
        link(householdQueries.find(later).principal().id(), person);
        link(householdQueries.find(earlier).principal().id(), person);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_change_v")
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM linkage_change_v")
                        .query(Long.class)
                        .single())
                .isPositive();
        indicators.refresh();
        assertThat(jdbc.sql("SELECT count(*) FROM registry_change_v")
                        .query(Long.class)
                        .single())
                .as("the refresh took the registry's feed")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM linkage_change_v")
                        .query(Long.class)
                        .single())
                .as("the refresh took linkage's feed")
                .isZero();
        assertThat(total(personsPendingOn(LocalDate.of(2022, 7, 1))))
                .as("the person counts where first registered")
                .isEqualTo(2);
        assertThat(total(personsPendingOn(LocalDate.of(2022, 7, 2)))).isEqualTo(1);

        // The later household moves before the other: only the household's own days are in the feed as days;
        // the day of the other record of its principal's person is found through the household's id.
        jdbc.sql("UPDATE household SET registered_at = TIMESTAMPTZ '2022-06-30 09:00:00+03' WHERE id = :id")
                .param("id", later)
                .update();
        indicators.refresh();

        assertThat(total(personsPendingOn(LocalDate.of(2022, 6, 30)))).isEqualTo(2);
        assertThat(total(personsPendingOn(LocalDate.of(2022, 7, 1))))
                .as("its principal is counted on June 30 now")
                .isEqualTo(1);
        assertThat(StatisticsTestApplication.bean(ReturnSummaryRefresher.class)
                        .freshness()
                        .daysWaiting())
                .isZero();
    }

    @Test
    void journeysRegisteredOnScatteredDaysMovedHomeTogetherAreRecountedByHouseholdAndKeepTheSummaryExact() {
        List<UUID> journeys = pendingOnScatteredDays(24, LocalDate.of(2019, 1, 7));
        indicators.refresh();
        LocalDate home = LocalDate.of(2019, 12, 20);
        IndicatorQuery pending2019 = pendingBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        long pendingBefore = total(pending2019);
        List<UUID> moved = journeys.subList(0, 20);

        moveHome(moved, home);
        assertThat(indicators.refresh())
                .as("the 20 households moved are recounted, and no whole day")
                .isEqualTo(20);

        assertTheSummaryEqualsOneRebuiltFromScratch();
        assertThat(total(returns(null, home, home))).isEqualTo(40);
        assertThat(indicators
                        .counts(returns(null, home, home).withUnit(CountUnit.HOUSEHOLDS, Counting.REGISTRATIONS))
                        .table()
                        .grandTotal())
                .isEqualTo(20);
        assertThat(total(pending2019)).isEqualTo(pendingBefore - 40);
    }

    @Test
    void journeysMovedHomeAndBackAgainKeepTheSummaryExact() {
        List<UUID> journeys = pendingOnScatteredDays(12, LocalDate.of(2019, 1, 8));
        indicators.refresh();
        LocalDate home = LocalDate.of(2019, 12, 21);
        moveHome(journeys, home);
        indicators.refresh();

        // Back to where they were, withdrawn, and home on another day, in one statement.
        jdbc.sql("""
                        UPDATE household SET
                            journey_status = CASE WHEN id IN (:back) THEN 'REGISTERED' WHEN id IN (:withdrawn) THEN 'WITHDRAWN'
                                                  ELSE journey_status END,
                            returned_on = CASE WHEN id IN (:back) OR id IN (:withdrawn) THEN NULL ELSE DATE '2019-12-22' END
                        WHERE id IN (:all)""")
                .param("back", journeys.subList(0, 6))
                .param("withdrawn", journeys.subList(6, 9))
                .param("all", journeys)
                .update();
        indicators.refresh();

        assertTheSummaryEqualsOneRebuiltFromScratch();
        assertThat(total(returns(null, home, home))).isZero();
        assertThat(total(returns(null, LocalDate.of(2019, 12, 22), LocalDate.of(2019, 12, 22))))
                .isEqualTo(6);
        assertThat(total(pendingBetween(LocalDate.of(2019, 1, 8), LocalDate.of(2019, 1, 8))))
                .as("the first journey is pending on the day it was registered again")
                .isEqualTo(2);
    }

    @Test
    void correctionsOfTheMembersOfHouseholdsMovedHomeKeepTheSummaryExact() {
        List<UUID> journeys = pendingOnScatteredDays(6, LocalDate.of(2019, 1, 9));
        indicators.refresh();
        LocalDate home = LocalDate.of(2019, 12, 23);
        moveHome(journeys, home);
        List<UUID> principals =
                journeys.stream().map(ReturnIndicatorsIT::principal).toList();
        List<UUID> daughters =
                journeys.stream().map(ReturnIndicatorsIT::daughter).toList();

        // Before the refresh that counts the move, and after it: sex, birth date, principal, household, removal.
        jdbc.sql("UPDATE individual SET sex = 'F' WHERE id = :id")
                .param("id", principals.get(0))
                .update();
        indicators.refresh();
        jdbc.sql("UPDATE individual SET birth_date = DATE '1950-03-01', birth_date_precision = 'MONTH' WHERE id = :id")
                .param("id", daughters.get(1))
                .update();
        jdbc.sql("UPDATE individual SET principal = false WHERE id = :id")
                .param("id", principals.get(2))
                .update();
        jdbc.sql("UPDATE individual SET principal = true WHERE id = :id")
                .param("id", daughters.get(2))
                .update();
        jdbc.sql("UPDATE individual SET household_id = :to, position = 7 WHERE id = :id")
                .param("to", journeys.get(4))
                .param("id", daughters.get(3))
                .update();
        jdbc.sql("DELETE FROM individual WHERE id = :id")
                .param("id", daughters.get(5))
                .update();
        indicators.refresh();

        assertTheSummaryEqualsOneRebuiltFromScratch();
        IndicatorQuery homeThatDay = returns(null, home, home);
        assertThat(total(homeThatDay)).isEqualTo(11);
        assertThat(rows(homeThatDay.withRows(TableDimension.AGE_GROUP, null)))
                .containsEntry("60_plus", 1L)
                .containsEntry("12_17", 2L)
                .containsEntry("5_11", 2L);
        assertThat(indicators
                        .counts(homeThatDay
                                .withUnit(CountUnit.HOUSEHOLDS, Counting.REGISTRATIONS)
                                .withRows(TableDimension.SEX, null))
                        .table()
                        .grandTotal())
                .isEqualTo(6);
    }

    @Test
    void erasingAMemberOfAHouseholdMovedHomeKeepsTheSummaryExact() {
        List<UUID> journeys = pendingOnScatteredDays(3, LocalDate.of(2019, 1, 10));
        indicators.refresh();
        LocalDate home = LocalDate.of(2019, 12, 27);
        moveHome(journeys, home);
        UUID household = journeys.get(0);
        UUID daughter = daughter(household);
        // Born on 28 December 2014, four on the day home; erasure keeps the year, taken as 2 July: five.
        jdbc.sql("UPDATE individual SET birth_date = DATE '2014-12-28', birth_date_precision = 'DAY' WHERE id = :id")
                .param("id", daughter)
                .update();
        indicators.refresh();
        IndicatorQuery ages = returns(null, home, home).withRows(TableDimension.AGE_GROUP, null);
        long youngest = rows(ages).getOrDefault("0_4", 0L);

        DataSubjectRequestService requests = StatisticsTestApplication.bean(DataSubjectRequestService.class);
        DataSubjectRequest deletion = requests.open(household, daughter, "DELETION", "asked at the desk", "officer");
        requests.complete(household, deletion.id(), "erased", "protection.officer");
        indicators.refresh();

        assertTheSummaryEqualsOneRebuiltFromScratch();
        assertThat(rows(ages).getOrDefault("0_4", 0L)).isEqualTo(youngest - 1);
        assertThat(total(returns(null, home, home))).isEqualTo(6);
    }

    @Test
    void linkingAndUnlinkingAPersonOfAHouseholdMovedHomeKeepsTheSummaryExact() {
        List<UUID> journeys = pendingOnScatteredDays(3, LocalDate.of(2019, 1, 11));
        indicators.refresh();
        UUID moved = journeys.get(0);
        UUID returnedEarlier = journeys.get(1);
        jdbc.sql(
                        "UPDATE household SET journey_status = 'RETURNED_HOME', returned_on = DATE '2019-12-30' WHERE id = :id")
                .param("id", moved)
                .update();
        jdbc.sql(
                        "UPDATE household SET journey_status = 'RETURNED_HOME', returned_on = DATE '2019-12-29' WHERE id = :id")
                .param("id", returnedEarlier)
                .update();
        indicators.refresh();
        IndicatorQuery persons = returns(null, LocalDate.of(2019, 12, 28), LocalDate.of(2019, 12, 30))
                .withUnit(CountUnit.INDIVIDUALS, Counting.PERSONS)
                .withRows(TableDimension.DAY, null);
        assertThat(rows(persons)).containsExactly(entry("2019-12-29", 2L), entry("2019-12-30", 2L));

        // One person registered three times: twice home, once still pending.
        UUID person = UUID.randomUUID();
        link(principal(moved), person);
        link(principal(returnedEarlier), person);
        link(principal(journeys.get(2)), person);
        indicators.refresh();
        assertTheSummaryEqualsOneRebuiltFromScratch();
        assertThat(rows(persons))
                .as("the person counts where home first")
                .containsExactly(entry("2019-12-29", 2L), entry("2019-12-30", 1L));

        // The later of the two moves again, to a day before the other: its principal counts there now.
        jdbc.sql("UPDATE household SET returned_on = DATE '2019-12-28' WHERE id = :id")
                .param("id", moved)
                .update();
        indicators.refresh();
        assertTheSummaryEqualsOneRebuiltFromScratch();
        assertThat(rows(persons)).containsExactly(entry("2019-12-28", 2L), entry("2019-12-29", 1L));

        jdbc.sql("DELETE FROM person_link WHERE individual_id = :id")
                .param("id", principal(moved))
                .update();
        indicators.refresh();
        assertTheSummaryEqualsOneRebuiltFromScratch();
        assertThat(rows(persons)).containsExactly(entry("2019-12-28", 2L), entry("2019-12-29", 2L));
    }

    /**
     * Households of a principal and a daughter, pending on days a week apart from {@code first}, to
     * sub-districts in turn; answers their ids.
     */
    private static List<UUID> pendingOnScatteredDays(int count, LocalDate first) {
        HouseholdCommands households = StatisticsTestApplication.bean(HouseholdCommands.class);
        List<String> destinations = List.of("SY020200", "SY050101", "SY020405", "SY090301", "SY070000", "SY010000");
        List<UUID> registered = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = households
                    .register(
                            new RegisterHouseholdRequest(
                                    "Nasib crossing",
                                    i % 3 == 2
                                            ? new JourneyDetails(
                                                    "IDP", null, "SY010000", null, destinations.get(i % 6), null)
                                            : new JourneyDetails(
                                                    "REFUGEE", "JOR", null, "NASIB", destinations.get(i % 6), null),
                                    List.of(
                                            person("PRINCIPAL", "وائل", "Wael", i % 2 == 0 ? "M" : "F", "1981"),
                                            person("DAUGHTER", "لمى", "Lama", "F", String.valueOf(2005 + i % 10)))),
                            "officer")
                    .id();
            jdbc.sql("UPDATE household SET registered_at = :at WHERE id = :id")
                    .param(
                            "at",
                            java.sql.Timestamp.valueOf(first.plusDays(7L * i).atTime(9, 0)))
                    .param("id", id)
                    .update();
            registered.add(id);
        }
        return registered;
    }

    private static UUID principal(UUID household) {
        return jdbc.sql("SELECT id FROM individual WHERE household_id = :h AND principal")
                .param("h", household)
                .query(UUID.class)
                .single();
    }

    private static UUID daughter(UUID household) {
        return jdbc.sql("SELECT id FROM individual WHERE household_id = :h AND relationship = 'DAUGHTER'")
                .param("h", household)
                .query(UUID.class)
                .single();
    }

    private static IndicatorQuery pendingBetween(LocalDate from, LocalDate to) {
        return new IndicatorQuery(
                ReturnStage.PENDING,
                null,
                from,
                to,
                null,
                null,
                null,
                null,
                CountUnit.INDIVIDUALS,
                Counting.REGISTRATIONS);
    }

    /**
     * The summary, and what it keeps of each household counted, equal what a rebuild from the registry
     * makes of them; the rebuild leaves both as they were, so a test goes on from the same state.
     */
    private static void assertTheSummaryEqualsOneRebuiltFromScratch() {
        indicators.refresh();
        String cells =
                "SELECT breakdown, area_level, grain, stage, period_start, area_code, return_type, category, individuals,"
                        + " persons, households FROM statistics_cell ORDER BY 1, 2, 3, 4, 5, 6, 7, 8";
        String counted = "SELECT household_id, stage, day, area_code, return_type, country, crossing,"
                + " categories::text, individuals::text, persons::text, households::text"
                + " FROM statistics_counted_household ORDER BY household_id";
        List<Map<String, Object>> incremental = jdbc.sql(cells).query().listOfRows();
        List<Map<String, Object>> keptIncrementally = jdbc.sql(counted).query().listOfRows();
        jdbc.sql("DELETE FROM statistics_cell").update();
        indicators.rebuild();
        assertThat(jdbc.sql(cells).query().listOfRows()).isEqualTo(incremental);
        assertThat(jdbc.sql(counted).query().listOfRows()).isEqualTo(keptIncrementally);
    }

    private static IndicatorQuery personsPendingOn(LocalDate day) {
        return new IndicatorQuery(
                ReturnStage.PENDING, null, day, day, null, null, null, null, CountUnit.INDIVIDUALS, Counting.PERSONS);
    }

    private static void link(UUID individual, UUID person) {
        jdbc.sql(
                        "INSERT INTO person_link (individual_id, person_id, linked_at, linked_by) VALUES (:i, :p, now(), 'test')")
                .param("i", individual)
                .param("p", person)
                .update();
    }

    private static IndividualDetails person(
            String relationship, String givenAr, String givenLatin, String sex, String birth) {
        return new IndividualDetails(
                relationship,
                givenAr,
                givenLatin,
                null,
                null,
                null,
                null,
                "العراقي",
                "Iraqi",
                sex,
                birth,
                null,
                null,
                null,
                null,
                List.of());
    }

    /** The households' journeys reach home on that day, in one statement, as a mass move writes them. */
    private void moveHome(List<UUID> households, LocalDate home) {
        jdbc.sql("UPDATE household SET journey_status = 'RETURNED_HOME', returned_on = :home WHERE id IN (:ids)")
                .param("home", home)
                .param("ids", households)
                .update();
    }
}
