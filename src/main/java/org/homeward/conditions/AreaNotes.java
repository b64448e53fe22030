package org.homeward.conditions;

import java.util.Locale;
import java.util.Optional;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.DestinationAreaNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The note on a household's destination area that the registry shows on the household's page and
 * API at registration: the area's status today and, briefly, why.
 */
@Component
class AreaNotes implements DestinationAreaNotes {

    private final ConditionsService conditions;
    private final ConditionsWords words;

    AreaNotes(
            ConditionsService conditions, MessageSource messages, PlaceLookup places, ConditionsProperties properties) {
        this.conditions = conditions;
        this.words = new ConditionsWords(messages, places, properties);
    }

    @Override
    public Optional<Note> noteFor(String destinationPcode, Locale language) {
        if (destinationPcode == null || destinationPcode.isBlank()) {
            return Optional.empty();
        }
        AreaConditions area = conditions.of(destinationPcode, conditions.today());
        Locale locale = "ar".equals(language.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        String label = words.message("conditions.status." + area.status(), locale);
        String text = switch (area.status()) {
            case RED ->
                words.message(
                        "conditions.briefing.present",
                        locale,
                        words.indicatorList(area.presentRedLineIndicators(), locale));
            case AMBER ->
                words.message(
                        "conditions.briefing.unconfirmed",
                        locale,
                        words.indicatorList(area.redLinesUnconfirmed(), locale));
            case UNKNOWN -> words.message("conditions.briefing.nothing-recent", locale, words.staleDays());
            case GREEN ->
                words.message(
                        "conditions.briefing.recent",
                        locale,
                        words.staleDays(),
                        area.latestAssessment().map(Object::toString).orElse(""));
        };
        return Optional.of(new Note(area.status().name(), label, text));
    }
}
