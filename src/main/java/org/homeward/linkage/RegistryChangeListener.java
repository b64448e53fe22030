package org.homeward.linkage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

/**
 * Keeps this server's on-entry index following the registrations, corrections and erasures made on the
 * other servers of the same database: it listens on the registry's {@code registry_household_change}
 * channel (a notice carries nothing, the changes are read from the registry's change view) and catches up
 * on each notice, and every few seconds anyway, since a notice sent while the connection was down is lost.
 * The on-entry check also catches up before it answers; this only spares it the work. It listens too on
 * {@link #MODEL_CHANNEL}, where a batch run announces the model it stored, and takes up a newer model
 * whenever it wakes ({@link ModelTakeUp}).
 */
@Component
class RegistryChangeListener {

    /** The registry's channel (its migration V52 notifies it on every write to the history). */
    static final String CHANNEL = "registry_household_change";
    /** Linkage's own channel: a batch run stored a new model (notified by the server that finished it). */
    static final String MODEL_CHANNEL = "duplicate_run_model";

    private static final Logger log = LoggerFactory.getLogger(RegistryChangeListener.class);
    private static final int WAIT_MILLIS = 5_000;

    private final DataSource dataSource;
    private final DuplicateIndex index;
    private final ModelTakeUp models;
    private volatile boolean stopped;
    private volatile Connection listening;

    RegistryChangeListener(DataSource dataSource, DuplicateIndex index, ModelTakeUp models) {
        this.dataSource = dataSource;
        this.index = index;
        this.models = models;
    }

    /** A web server only, as for the index itself. */
    @EventListener(ApplicationReadyEvent.class)
    void listen(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebApplicationContext)) {
            return;
        }
        Thread listener = new Thread(this::listenUntilStopped, "registry-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /** Closes the connection it waits on, so that the pool can close without waiting for it. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopped = true;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }

    private void listenUntilStopped() {
        while (!stopped) {
            try (Connection connection = dataSource.getConnection()) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                    statement.execute("LISTEN " + MODEL_CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (!stopped) {
                    postgres.getNotifications(WAIT_MILLIS);
                    catchUpQuietly();
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped) {
                    log.warn(
                            "Listening for registrations on other servers stopped ({}); trying again",
                            e.getClass().getSimpleName());
                    pause();
                }
            }
        }
    }

    private void catchUpQuietly() {
        if (index.ready()) {
            models.takeUpNewer();
            index.catchUp();
        }
    }

    private void pause() {
        try {
            Thread.sleep(WAIT_MILLIS);
        } catch (InterruptedException e) {
            stopped = true;
            Thread.currentThread().interrupt();
        }
    }
}
