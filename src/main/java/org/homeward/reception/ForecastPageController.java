package org.homeward.reception;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The forecast page: free places against planned arrivals per centre and town, shortfalls first. Numbers only. */
@Controller
class ForecastPageController {

    private final ReceptionForecastService forecasts;

    ForecastPageController(ReceptionForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/forecast")
    String forecast(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer days,
            @RequestParam(defaultValue = "false") boolean shortOnly,
            Authentication authentication,
            Model model) {
        ReceptionForecast forecast = forecasts.forecast(from, days);
        model.addAttribute("forecast", forecast);
        model.addAttribute("shortOnly", shortOnly);
        model.addAttribute(
                "days", java.time.temporal.ChronoUnit.DAYS.between(forecast.firstDay(), forecast.lastDay()) + 1);
        model.addAttribute(
                "centreRows",
                forecast.centres().stream()
                        .filter(centre -> !shortOnly || centre.hasShortfall())
                        .sorted(java.util.Comparator.comparing(CentreForecast::hasShortfall)
                                .reversed()
                                .thenComparing(CentreForecast::code))
                        .toList());
        model.addAttribute(
                "townRows",
                forecast.towns().stream()
                        .filter(town -> !shortOnly || town.hasShortfall())
                        .toList());
        model.addAttribute("roles", ReceptionPageRoles.of(authentication));
        return "reception/forecast";
    }
}
