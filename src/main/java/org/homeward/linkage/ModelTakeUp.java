package org.homeward.linkage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.homeward.linkage.engine.LinkageModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brings into this server's on-entry check the model a batch run stored on any server, without a restart:
 * asked whenever the change listener wakes (a run's notice, or every few seconds), it reads the latest run's
 * id, and reads and parses the model only when that run is newer than the one in use. The run in use is a
 * metric, so that operators see every server on the same model.
 */
@Component
class ModelTakeUp implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ModelTakeUp.class);

    private final DuplicateRunRepository runs;
    private final DuplicateIndex index;

    ModelTakeUp(DuplicateRunRepository runs, DuplicateIndex index) {
        this.runs = runs;
        this.index = index;
    }

    /** Takes up a newer run's model; true when it did. The index must be built (its build reads the latest). */
    boolean takeUpNewer() {
        if (!index.ready() || runs.latestModelRun() <= index.modelRun()) {
            return false;
        }
        return runs.latestModel()
                .filter(stored -> stored.run() > index.modelRun())
                .map(stored -> {
                    index.useModel(stored.run(), LinkageModel.parse(stored.text()));
                    log.info("The on-entry duplicate check takes up the model of duplicate run {}", stored.run());
                    return true;
                })
                .orElse(false);
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("homeward.duplicates.model.run", index, DuplicateIndex::modelRun)
                .description("The duplicate run whose model the on-entry check of this server uses (0: its own"
                        + " estimate)")
                .register(meters);
    }
}
