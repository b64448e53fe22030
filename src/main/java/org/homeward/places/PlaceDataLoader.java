package org.homeward.places;

import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the places tables from the reference data Homeward ships, once per version of that data.
 * The version is the checksum of the shipped files, kept in {@code place_data_version}: a restart
 * with the same files writes nothing, and a release whose files changed rewrites them once, in one
 * transaction, so a crash half-way leaves the previous version whole.
 */
@Component
class PlaceDataLoader {

    private static final Logger log = LoggerFactory.getLogger(PlaceDataLoader.class);
    private final PlaceRepository repository;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PlaceDataLoader(PlaceRepository repository, PlatformTransactionManager transactionManager, Clock clock) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Stores the data unless the database already holds this version; answers whether it stored it. */
    boolean loadIfChanged(PlaceReferenceData data) {
        if (isLoaded(data)) {
            return false;
        }
        Boolean loaded = transactions.execute(status -> {
            repository.lockForLoading();
            // Another instance starting on the same database may have loaded it while this one waited.
            if (isLoaded(data)) {
                return false;
            }
            repository.store(data, clock.instant());
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            log.info(
                    "Loaded the places reference data: {} areas, {} aliases, {} countries, {} crossing points",
                    data.areas().size(),
                    data.aliasCount(),
                    data.countries().size(),
                    data.crossings().size());
        }
        return Boolean.TRUE.equals(loaded);
    }

    private boolean isLoaded(PlaceReferenceData data) {
        return Objects.equals(repository.loadedChecksum().orElse(null), data.checksum());
    }
}
