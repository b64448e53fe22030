package org.homeward.reception;

/** The outlook of all centres of one town (same town name in the same sub-district), summed. */
public record TownForecast(String pcode, String townEn, String townAr, int centres, Spaces free, Spaces planned,
                           int households, Spaces shortfall) {

    public boolean hasShortfall() {
        return !shortfall.isZero();
    }

    public String town(String language) {
        return "ar".equals(language) ? townAr : townEn;
    }
}
