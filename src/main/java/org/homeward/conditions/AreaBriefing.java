package org.homeward.conditions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.movements.DestinationBriefing;
import org.homeward.places.PlaceLookup;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a person deciding to return is told about their destination area, in Arabic or English:
 * its status, the red lines reported present, the red lines nobody confirmed, the index, and how
 * recent the data are. The movements feature keeps the words with the voluntariness record.
 */
@Component
class AreaBriefing implements DestinationBriefing {

    private final ConditionsService conditions;
    private final ConditionsWords words;

    AreaBriefing(
            ConditionsService conditions, MessageSource messages, PlaceLookup places, ConditionsProperties properties) {
        this.conditions = conditions;
        this.words = new ConditionsWords(messages, places, properties);
    }

    @Override
    public Briefing brief(String destinationPcode, LocalDate on, Locale language) {
        AreaConditions area = conditions.of(destinationPcode, on);
        Locale locale = "ar".equals(language.getLanguage()) ? Locale.forLanguageTag("ar") : Locale.ENGLISH;
        return new Briefing(area.status().name(), String.join("\n", lines(area, locale)));
    }

    private List<String> lines(AreaConditions area, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(words.message(
                "conditions.briefing.status." + area.status(),
                locale,
                words.areaName(area.subdistrictPcode(), locale)));
        if (!area.redLinesPresent().isEmpty()) {
            lines.add(words.message(
                    "conditions.briefing.present",
                    locale,
                    words.indicatorList(area.presentRedLineIndicators(), locale)));
        }
        if (area.status() != AreaStatus.RED
                && area.status() != AreaStatus.UNKNOWN
                && !area.redLinesUnconfirmed().isEmpty()) {
            lines.add(words.message(
                    "conditions.briefing.unconfirmed",
                    locale,
                    words.indicatorList(area.redLinesUnconfirmed(), locale)));
        }
        area.index()
                .ifPresent(index ->
                        lines.add(words.message("conditions.briefing.index", locale, Integer.toString(index.score()))));
        lines.add(area.latestAssessment()
                .map(latest ->
                        words.message("conditions.briefing.recent", locale, words.staleDays(), latest.toString()))
                .orElseGet(() -> words.message("conditions.briefing.nothing-recent", locale, words.staleDays())));
        return lines;
    }
}
