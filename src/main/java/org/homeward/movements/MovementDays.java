package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Tells which day it is where the movements happen, so that "the departure day" means Syria's day. */
@Component
class MovementDays {

    private final Clock clock;

    MovementDays(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
