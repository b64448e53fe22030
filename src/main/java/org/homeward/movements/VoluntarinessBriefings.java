package org.homeward.movements;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Asks the feature that knows area conditions what to tell a person about their destination, or,
 * when no such feature is present, says plainly that no assessment of the area is held.
 */
@Component
class VoluntarinessBriefings {

    static final String NO_ASSESSMENT = "NO_ASSESSMENT";
    private final ObjectProvider<DestinationBriefing> briefings;
    private final MessageSource messages;

    VoluntarinessBriefings(ObjectProvider<DestinationBriefing> briefings, MessageSource messages) {
        this.briefings = briefings;
        this.messages = messages;
    }

    VoluntarinessBriefing brief(String destinationPcode, LocalDate on) {
        DestinationBriefing source = briefings.orderedStream().findFirst().orElse(null);
        if (source == null || destinationPcode == null) {
            return VoluntarinessBriefing.of(
                    destinationPcode, NO_ASSESSMENT, fallback(Locale.ENGLISH), fallback(Locale.forLanguageTag("ar")));
        }
        DestinationBriefing.Briefing english = source.brief(destinationPcode, on, Locale.ENGLISH);
        DestinationBriefing.Briefing arabic = source.brief(destinationPcode, on, Locale.forLanguageTag("ar"));
        return VoluntarinessBriefing.of(destinationPcode, english.status(), english.text(), arabic.text());
    }

    private String fallback(Locale language) {
        return messages.getMessage("voluntariness.briefing.none", null, language);
    }
}
