package org.homeward.reception;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * One centre's outlook: the room free now against the room the households expected near it will
 * need, and what is short. A closed centre has no free room and is expected to receive nobody.
 *
 * @param households     how many expected households count at this centre
 * @param firstShortDay  the first day on which the arrivals expected so far need more than is free
 *                       now (departures are not forecast); null when the room lasts the whole span
 */
record CentreForecast(
        String code,
        String nameEn,
        String nameAr,
        String townEn,
        String townAr,
        String pcode,
        CentreStatus status,
        Spaces free,
        Spaces planned,
        int households,
        Spaces shortfall,
        LocalDate firstShortDay) {

    @JsonProperty("hasShortfall")
    public boolean hasShortfall() {
        return !shortfall.isZero();
    }

    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }

    public String town(String language) {
        return "ar".equals(language) ? townAr : townEn;
    }
}
