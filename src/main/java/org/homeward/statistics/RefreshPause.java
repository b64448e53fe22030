package org.homeward.statistics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.database.ClaimedJobs;
import org.homeward.registry.BulkImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pause of the summary's refresh while a bulk import writes, shared by every server on the database: a
 * row of {@code statistics_refresh_pause} per import, naming its server, with a heartbeat that server writes
 * from a thread of its own. Every server's background refresh skips its turn while a pause with a recent
 * heartbeat stands; a pause silent for {@code homeward.statistics.refresh.pause-silent-after} (its server was
 * killed, hung or cut off) no longer counts and is removed, and the days changed meanwhile are counted at the
 * next turn.
 */
@Component
class RefreshPause implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(RefreshPause.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ClaimedJobs claimed;
    private final Duration silentAfter;
    /** The pauses held by this server's imports, with the time each began. */
    private final Map<String, Instant> held = new ConcurrentHashMap<>();

    private final AtomicBoolean beating = new AtomicBoolean();
    private final AtomicLong skippedTurns = new AtomicLong();

    RefreshPause(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock,
            ClaimedJobs claimed,
            StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // Committed at once, whatever the caller's transaction: the other servers must see the pause now.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.claimed = claimed;
        this.silentAfter = properties.refresh().pauseSilentAfter();
    }

    @EventListener
    void importWriting(BulkImports.WritingStarted started) {
        hold("import " + started.importId());
    }

    @EventListener
    void importStopped(BulkImports.WritingStopped stopped) {
        release("import " + stopped.importId());
    }

    /** Pauses the refresh on every server until {@link #release} or, should this server stop, the silence. */
    synchronized void hold(String holder) {
        Instant now = clock.instant();
        held.put(holder, now);
        write(holder, now, now);
        if (beating.compareAndSet(false, true)) {
            // One heartbeat thread, and only on a server that ever paused the refresh (imports are rare).
            claimed.keepAlive("statistics-pause-heartbeat", silentAfter, this::beat);
        }
    }

    /** Ends a pause this server holds; the refresh goes on at every server's next turn. */
    synchronized void release(String holder) {
        held.remove(holder);
        ownTransaction.executeWithoutResult(
                status -> jdbc.sql("DELETE FROM statistics_refresh_pause WHERE holder = :holder AND server = :server")
                        .param("holder", holder)
                        .param("server", claimed.server())
                        .update());
    }

    /** Whether a pause with a recent heartbeat stands, on any server. */
    boolean inForce() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM statistics_refresh_pause WHERE heartbeat >= :silentSince)")
                .param("silentSince", Timestamp.from(clock.instant().minus(silentAfter)))
                .query(Boolean.class)
                .single();
    }

    /**
     * Removes the pauses whose server fell silent, saying so. Should that server only have been slow, it
     * writes its pause again with its next heartbeat.
     */
    void endSilent() {
        Instant silentSince = clock.instant().minus(silentAfter);
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        DELETE FROM statistics_refresh_pause WHERE heartbeat < :silentSince
                        RETURNING holder, server, since""")
                .param("silentSince", Timestamp.from(silentSince))
                .query((rs, n) -> {
                    log.warn(
                            "The statistics refresh is no longer paused for {} of server {} (since {}): its server"
                                    + " fell silent",
                            rs.getString("holder"),
                            rs.getString("server"),
                            rs.getTimestamp("since").toInstant());
                    return n;
                })
                .list());
    }

    /** Counts a turn of the background refresh that a pause made it skip. */
    void skipped() {
        skippedTurns.incrementAndGet();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("homeward.statistics.refresh.paused", skippedTurns, AtomicLong::get)
                .description("Turns of the background statistics refresh skipped while a bulk import paused it")
                .register(registry);
    }

    /** Synchronised with {@link #release}, so that a beat never writes back a pause just ended. */
    private synchronized void beat(String server, Instant now) {
        held.forEach((holder, since) -> write(holder, since, now));
    }

    private void write(String holder, Instant since, Instant heartbeat) {
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                        INSERT INTO statistics_refresh_pause (holder, server, since, heartbeat)
                        VALUES (:holder, :server, :since, :heartbeat)
                        ON CONFLICT (holder) DO UPDATE SET server = excluded.server, heartbeat = excluded.heartbeat""")
                .param("holder", holder)
                .param("server", claimed.server())
                .param("since", Timestamp.from(since))
                .param("heartbeat", Timestamp.from(heartbeat))
                .update());
    }
}
