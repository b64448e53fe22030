package org.homeward.reception;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The forecast API: free places against planned arrivals per centre and town, and who is expected today. */
@RestController
@Tag(name = "Reception forecast", description = "Free places against planned arrivals")
class ForecastApiController {

    private final ReceptionForecastService forecasts;

    ForecastApiController(ReceptionForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/api/v1/forecast")
    @Operation(
            summary = "Free places against arrivals planned from 'from' (default today) over 'days' days (default 30)")
    ReceptionForecast forecast(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer days) {
        return forecasts.forecast(from, days);
    }

    @GetMapping("/api/v1/centres/{code}/expected-today")
    @PreAuthorize(ReceptionRoles.SEE_PEOPLE)
    @Operation(summary = "The households planned to arrive today whose destination is near the centre")
    List<ExpectedHousehold> expectedToday(@PathVariable String code) {
        return forecasts.expectedToday(code);
    }
}
