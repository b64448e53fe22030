package org.homeward.registry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts the households this server has registered, one by one or by bulk import, for the
 * operators' metrics. Counted after the transaction commits, so a refused or rolled-back
 * registration is never counted. Each server counts its own; the monitoring system adds them up.
 */
@Component
class RegistrationMetrics {

    private final Counter registered;
    private final Counter imported;

    RegistrationMetrics(MeterRegistry meters) {
        this.registered = Counter.builder("homeward.registrations")
                .description("Households registered through the form or the API since this server started")
                .tag("channel", "single")
                .register(meters);
        this.imported = Counter.builder("homeward.registrations")
                .description("Households registered through the form or the API since this server started")
                .tag("channel", "import")
                .register(meters);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HouseholdRecorded recorded) {
        if ("REGISTERED".equals(recorded.change())) {
            registered.increment();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(HouseholdsImported batch) {
        imported.increment(batch.households().size());
    }
}
