package org.homeward.movements;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The reasons a movement writes into a household's history when it moves the journey, in English
 * and Arabic together: the history keeps the reason as text, and it is read in either language.
 */
@Component
class JourneyReasons {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private final MessageSource messages;

    JourneyReasons(MessageSource messages) {
        this.messages = messages;
    }

    String boarded(LocalDate departsOn) {
        return both("movements.journey.boarded", departsOn);
    }

    String departed(LocalDate departsOn) {
        return both("movements.journey.departed", departsOn);
    }

    String arrived(LocalDate departsOn) {
        return both("movements.journey.arrived", departsOn);
    }

    private String both(String key, LocalDate day) {
        Object[] arguments = {day.toString()};
        return messages.getMessage(key, arguments, Locale.ENGLISH) + " · "
                + messages.getMessage(key, arguments, ARABIC);
    }
}
