package org.homeward.statistics;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the statistics: small-cell protection ({@code homeward.statistics.suppression.*})
 * and the incremental refresh of the summary ({@code homeward.statistics.refresh.*}).
 */
@ConfigurationProperties("homeward.statistics")
public record StatisticsProperties(@DefaultValue Suppression suppression, @DefaultValue Refresh refresh) {

    /**
     * Counts from 1 to threshold − 1 are never published, nor anything that would give them back;
     * zeros only when {@code suppressZeroCells} is set.
     */
    public record Suppression(@DefaultValue("5") int threshold, @DefaultValue("false") boolean suppressZeroCells) {
        public Suppression {
            if (threshold < 1) {
                throw new IllegalArgumentException("homeward.statistics.suppression.threshold must be at least 1");
            }
        }
    }

    /**
     * How the summary follows the registry: every {@code interval} in the background, and before
     * each answer when {@code onRead} is set; at most {@code daysPerTransaction} days per transaction.
     */
    public record Refresh(@DefaultValue("10s") Duration interval, @DefaultValue("true") boolean onRead,
                          @DefaultValue("200") int daysPerTransaction) {
        public Refresh {
            if (daysPerTransaction < 1) {
                throw new IllegalArgumentException("homeward.statistics.refresh.days-per-transaction must be at least 1");
            }
        }
    }
}
