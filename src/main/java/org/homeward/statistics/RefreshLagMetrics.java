package org.homeward.statistics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How far the statistics summary lags behind the registry, for the operators' metrics: the seconds
 * since the last refresh and the changed days still waiting to be counted. Read at most once per
 * {@link #MAX_AGE}, however often the metrics are scraped.
 */
@Component
class RefreshLagMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private final ReturnSummaryRefresher refresher;
    private final Clock clock;
    private Instant readAt = Instant.MIN;
    private ReturnSummaryRefresher.Freshness freshness;

    RefreshLagMetrics(ReturnSummaryRefresher refresher, Clock clock) {
        this.refresher = refresher;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("homeward.statistics.refresh.age", this, RefreshLagMetrics::secondsSinceRefresh)
                .baseUnit("seconds")
                .description("Seconds since the statistics summary was last refreshed (-1: never)")
                .register(meters);
        Gauge.builder(
                        "homeward.statistics.days.waiting",
                        this,
                        metrics -> metrics.freshness().daysWaiting())
                .description("Changed days the statistics summary has not counted yet")
                .register(meters);
    }

    double secondsSinceRefresh() {
        Instant refreshed = freshness().refreshedAt();
        return refreshed == null
                ? -1
                : Duration.between(refreshed, clock.instant()).toMillis() / 1000.0;
    }

    private synchronized ReturnSummaryRefresher.Freshness freshness() {
        Instant now = clock.instant();
        if (freshness == null || readAt.plus(MAX_AGE).isBefore(now)) {
            freshness = refresher.freshness();
            readAt = now;
        }
        return freshness;
    }
}
