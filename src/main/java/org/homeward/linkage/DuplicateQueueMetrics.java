package org.homeward.linkage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The size of the duplicate review queue (pairs still open, across every scope), for the
 * operators' metrics. The count is taken at most once per {@link #MAX_AGE}, however often the
 * metrics are scraped, so monitoring never adds load on a large queue.
 */
@Component
class DuplicateQueueMetrics implements MeterBinder {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private Instant countedAt = Instant.MIN;
    private long open;

    DuplicateQueueMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("homeward.duplicates.open", this, DuplicateQueueMetrics::openPairs)
                .description("Pairs waiting in the duplicate review queue")
                .register(meters);
    }

    synchronized double openPairs() {
        Instant now = clock.instant();
        if (countedAt.plus(MAX_AGE).isBefore(now)) {
            open = jdbc.sql("SELECT count(*) FROM duplicate_candidate WHERE status = 'OPEN'")
                    .query(Long.class)
                    .single();
            countedAt = now;
        }
        return open;
    }
}
