package org.homeward.reception;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of reception.
 *
 * @param forecastDays  how many days ahead the forecast looks, today included
 * @param bookingDays   how long a booking is expected to wait for its household when nobody said
 */
@ConfigurationProperties("homeward.reception")
record ReceptionProperties(
        @DefaultValue("30") int forecastDays,
        @DefaultValue("7") int bookingDays) {}
