package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of voluntariness: the thresholds of the coercion signals.
 *
 * @param burstForms            an officer recording at least this many forms ...
 * @param burstMinutes          ... within this many minutes, across at least two households, raises a signal
 * @param householdSeconds      every adult of a household (two or more) recorded by one officer within this
 *                              many seconds raises a signal
 * @param witnessHouseholds     one witness on the records of at least this many households ...
 * @param witnessDays           ... within this many days raises a signal
 * @param resignDays            a person signing again within this many days of withdrawing raises a signal
 */
@ConfigurationProperties("homeward.voluntariness")
record VoluntarinessProperties(
        @DefaultValue("8") int burstForms,
        @DefaultValue("15") int burstMinutes,
        @DefaultValue("90") int householdSeconds,
        @DefaultValue("8") int witnessHouseholds,
        @DefaultValue("7") int witnessDays,
        @DefaultValue("7") int resignDays) {

    /** Today where the returns happen: the application's clock is in the operation's zone ({@code homeward.time-zone}). */
    LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }
}
