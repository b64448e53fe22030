package org.homeward.reception;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The outlook of all centres of one town (same town name in the same sub-district), summed. */
record TownForecast(
        String pcode,
        String townEn,
        String townAr,
        int centres,
        Spaces free,
        Spaces planned,
        int households,
        Spaces shortfall) {

    @JsonProperty("hasShortfall")
    public boolean hasShortfall() {
        return !shortfall.isZero();
    }

    public String town(String language) {
        return "ar".equals(language) ? townAr : townEn;
    }
}
