package org.homeward.statistics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics: small-cell protection ({@code homeward.statistics.suppression.*})
 * and the incremental refresh of the summary ({@code homeward.statistics.refresh.*}).
 */
@ConfigurationProperties("homeward.statistics")
public record StatisticsProperties(
        @DefaultValue Suppression suppression, @DefaultValue Refresh refresh) {

    /**
     * Counts from 1 to threshold − 1 are never published, nor anything that would give them back;
     * zeros only when {@code suppressZeroCells} is set.
     */
    public record Suppression(
            @DefaultValue("5") int threshold,
            @DefaultValue("false") boolean suppressZeroCells) {
        public Suppression {
            if (threshold < 1) {
                throw new IllegalArgumentException("homeward.statistics.suppression.threshold must be at least 1");
            }
        }
    }

    /**
     * How the summary follows the registry: every {@code interval} in the background, at most
     * {@code daysPerTransaction} days to recount whole and {@code householdsPerTransaction} households the
     * registry named per transaction; and before each answer when {@code onRead} is
     * set and no more than {@code onReadMostDays} days wait (a larger backlog is left to the background).
     * A bulk import's pause of the refresh, on any server, stops being honoured once its server has not
     * written its heartbeat for {@code pauseSilentAfter}.
     */
    public record Refresh(
            @DefaultValue("10s") Duration interval,
            @DefaultValue("true") boolean onRead,
            @DefaultValue("200") int daysPerTransaction,
            @DefaultValue("50000") int householdsPerTransaction,
            @DefaultValue("50") int onReadMostDays,
            @DefaultValue("30s") Duration pauseSilentAfter) {
        public Refresh {
            if (daysPerTransaction < 1 || householdsPerTransaction < 1 || onReadMostDays < 1) {
                throw new IllegalArgumentException(
                        "homeward.statistics.refresh.days-per-transaction, households-per-transaction and"
                                + " on-read-most-days must be at least 1");
            }
            if (pauseSilentAfter == null || pauseSilentAfter.isNegative() || pauseSilentAfter.isZero()) {
                throw new IllegalArgumentException(
                        "homeward.statistics.refresh.pause-silent-after must be a positive duration");
            }
        }
    }
}
