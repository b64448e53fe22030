package org.homeward.reception;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * Free places in every centre and town against the arrivals planned from {@code firstDay} to
 * {@code lastDay} (both included), with the shortfalls flagged.
 *
 * @param unplacedHouseholds  expected households whose destination could not be matched to any centre
 */
record ReceptionForecast(
        LocalDate firstDay,
        LocalDate lastDay,
        List<CentreForecast> centres,
        List<TownForecast> towns,
        int unplacedHouseholds,
        int unplacedPersons) {

    @JsonProperty("centresShort")
    public long centresShort() {
        return centres.stream().filter(CentreForecast::hasShortfall).count();
    }

    @JsonProperty("townsShort")
    public long townsShort() {
        return towns.stream().filter(TownForecast::hasShortfall).count();
    }
}
