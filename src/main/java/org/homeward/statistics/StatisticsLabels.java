package org.homeward.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.homeward.places.PlaceLookup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What people read for a key of a statistics table: a month's name, a governorate's, a country's, an age group. */
@Component
class StatisticsLabels {

    private static final Locale SYRIAN_ARABIC = Locale.forLanguageTag("ar-SY");
    private final MessageSource messages;
    private final PlaceLookup places;

    StatisticsLabels(MessageSource messages, PlaceLookup places) {
        this.messages = messages;
        this.places = places;
    }

    String label(TableDimension dimension, String key, Locale locale) {
        String language = language(locale);
        if (dimension == null) {
            return message("statistics.all", locale);
        }
        return switch (dimension) {
            case DAY, WEEK, YEAR -> key;
            case MONTH ->
                LocalDate.parse(key + "-01")
                        .format(DateTimeFormatter.ofPattern(
                                "MMMM yyyy", "ar".equals(language) ? SYRIAN_ARABIC : Locale.ENGLISH));
            case ADM1, ADM2, ADM3 -> area(key, locale);
            case RETURN_TYPE -> message("statistics.type." + key, locale);
            case COUNTRY ->
                key.isEmpty() ? message("statistics.country.none", locale) : CountryNames.name(key, language);
            case CROSSING ->
                key.isEmpty()
                        ? message("statistics.crossing.none", locale)
                        : places.displayName(key, language).orElse(key);
            case SEX -> message("statistics.sex." + key, locale);
            case AGE_GROUP -> message("statistics.age." + key, locale);
        };
    }

    String area(String code, Locale locale) {
        if ("OTHER".equals(code)) {
            return message("statistics.area.other", locale);
        }
        return places.displayName(code, language(locale)).orElse(code);
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    static String language(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? "ar" : "en";
    }
}
