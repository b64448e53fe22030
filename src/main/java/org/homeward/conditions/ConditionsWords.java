package org.homeward.conditions;

import java.util.List;
import java.util.Locale;
import org.homeward.places.PlaceLookup;
import org.springframework.context.MessageSource;

/** The conditions' words in a language: messages, area names and indicator names. */
final class ConditionsWords {

    private final MessageSource messages;
    private final PlaceLookup places;
    private final ConditionsProperties properties;

    ConditionsWords(MessageSource messages, PlaceLookup places, ConditionsProperties properties) {
        this.messages = messages;
        this.places = places;
        this.properties = properties;
    }

    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The area's name in the language, with its P-code; the P-code alone when the reference data lacks it. */
    String areaName(String pcode, Locale locale) {
        return places.displayName(pcode, locale.getLanguage())
                .map(name -> name + " (" + pcode + ")")
                .orElse(pcode);
    }

    /** An indicator's name in the language; its code when the bundle has no name for it (a configured extra). */
    String indicator(String code, Locale locale) {
        return messages.getMessage("conditions.indicator." + code, null, code, locale);
    }

    String indicatorList(List<String> codes, Locale locale) {
        String separator = "ar".equals(locale.getLanguage()) ? "، " : ", ";
        return String.join(
                separator, codes.stream().map(code -> indicator(code, locale)).toList());
    }

    String staleDays() {
        return Long.toString(properties.staleAfter().toDays());
    }
}
