package org.homeward.database;

import java.time.Duration;
import java.time.ZonedDateTime;

/**
 * How current the figures read from the replica are: the moment they are known to be complete up
 * to, how far that is behind now, and whether that is more than the configured warning allows.
 *
 * @param asOf        the primary's last commit the replica has replayed, or now when it has replayed
 *                    everything; null when the replica cannot say (nothing replayed since it started)
 * @param lag         how far {@code asOf} is behind now (zero when caught up)
 * @param lagging     true when the lag is above {@code homeward.replica.lag-warning}, or unknown
 * @param fromPrimary true when the replica did not answer and the figures were read from the primary
 */
public record FiguresAsOf(ZonedDateTime asOf, Duration lag, boolean lagging, boolean fromPrimary) {

    /** The lag in whole seconds, for headers and metrics; -1 when unknown. */
    public long lagSeconds() {
        return asOf == null ? -1 : lag.toSeconds();
    }
}
