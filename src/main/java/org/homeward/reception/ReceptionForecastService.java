package org.homeward.reception;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forecasts free places against planned arrivals for every centre and town, and tells each centre
 * whom to expect today. "Today" is reckoned in the configured time zone (Damascus by default).
 */
@Service
public class ReceptionForecastService {

    static final int MAX_DAYS = 366;
    private final CentreService centres;
    private final PlannedArrivals arrivals;
    private final PlaceLookup places;
    private final ForecastCalculator calculator;
    private final ReceptionProperties properties;
    private final Clock clock;
    private final CentreScope scope;
    private final AuditTrail audit;

    ReceptionForecastService(
            CentreService centres,
            PlannedArrivals arrivals,
            PlaceLookup places,
            ReceptionProperties properties,
            Clock clock,
            CentreScope scope,
            AuditTrail audit) {
        this.scope = scope;
        this.audit = audit;
        this.centres = centres;
        this.arrivals = arrivals;
        this.places = places;
        this.calculator = new ForecastCalculator(places);
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The forecast from today over the configured number of days (30 unless set otherwise). */
    @Transactional(readOnly = true)
    public ReceptionForecast forecast() {
        return forecast(today(), properties.forecastDays());
    }

    /** The forecast over {@code days} days from {@code firstDay}; either may be null for today and the configured span. */
    @Transactional(readOnly = true)
    public ReceptionForecast forecast(LocalDate firstDay, Integer days) {
        return forecast(
                firstDay == null ? today() : firstDay, days == null ? properties.forecastDays() : days.intValue());
    }

    /** The forecast over {@code days} days from {@code firstDay}, both included. */
    @Transactional(readOnly = true)
    public ReceptionForecast forecast(LocalDate firstDay, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidForecastException(
                    "days", ReceptionProblemCode.FORECAST_DAYS_OUT_OF_RANGE, "From 1 to " + MAX_DAYS + " days");
        }
        LocalDate lastDay = firstDay.plusDays(days - 1L);
        return calculator.forecast(centres.overview(), arrivals.between(firstDay, lastDay), firstDay, lastDay);
    }

    /** The households expected today whose destination is near this centre, with their principal's name. */
    @Transactional(readOnly = true)
    public List<ExpectedHousehold> expectedToday(String centreCode) {
        centres.find(centreCode);
        scope.require(centreCode);
        List<CentreOccupancy> all = centres.overview();
        NearestCentre nearest = new NearestCentre(
                all.stream().map(CentreOccupancy::centre).filter(Centre::open).toList(), places);
        List<ExpectedHousehold> expected = arrivals.on(today()).stream()
                .filter(arrival -> nearest.forDestination(arrival.arrival().destinationPcode())
                        .map(centre -> centre.code().equals(centreCode))
                        .orElse(false))
                .toList();
        if (!expected.isEmpty()) {
            audit.record(new AuditEntry(
                    ReceptionAuditAction.LIST_EXPECTED,
                    "centre",
                    centreCode,
                    null,
                    java.util.Map.of(
                            "households",
                            expected.stream()
                                    .map(household ->
                                            household.arrival().householdId().toString())
                                    .toList())));
        }
        return expected;
    }
}
