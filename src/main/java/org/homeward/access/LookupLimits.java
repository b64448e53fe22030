package org.homeward.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many lookups by reference one user may make in a window of time, so that references cannot
 * be walked one after another to list the people behind them.
 *
 * @param perWindow how many lookups of one kind a user may make within {@code window}
 * @param window    the sliding window the lookups are counted over
 */
@ConfigurationProperties("homeward.lookups")
public record LookupLimits(
        @DefaultValue("30") int perWindow,
        @DefaultValue("1m") Duration window) {

    public LookupLimits {
        if (perWindow < 1) {
            throw new IllegalArgumentException("homeward.lookups.per-window must be at least 1");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("homeward.lookups.window must be a positive duration");
        }
    }
}
