package org.homeward.database;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Works out how current the replica's figures are. The replay timestamp alone would call an idle
 * but complete replica late, so the replica is first asked whether it has replayed the primary's WAL
 * up to where the primary stood a moment before: then its figures are as of now. Otherwise they are
 * as of the last commit it replayed.
 */
final class ReplicaLag {

    private static final Logger log = LoggerFactory.getLogger(ReplicaLag.class);

    private final JdbcClient primary;
    private final JdbcClient figures;
    private final ReplicaFallback connections;
    private final Clock clock;
    private final Duration warning;

    ReplicaLag(JdbcClient primary, ReplicaFallback connections, Clock clock, Duration warning) {
        this.primary = primary;
        this.figures = JdbcClient.create(connections);
        this.connections = connections;
        this.clock = clock;
        this.warning = warning;
    }

    FiguresAsOf read() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        try {
            String primaryPosition = primary.sql("SELECT pg_current_wal_lsn()::text")
                    .query(String.class)
                    .single();
            Replay replay = figures.sql("""
                            SELECT pg_is_in_recovery() AS standby,
                                   coalesce(pg_last_wal_replay_lsn() >= CAST(:position AS pg_lsn), false) AS caught_up,
                                   pg_last_xact_replay_timestamp() AS replayed_at""")
                    .param("position", primaryPosition)
                    .query((rs, n) -> new Replay(
                            rs.getBoolean("standby"), rs.getBoolean("caught_up"), rs.getTimestamp("replayed_at")))
                    .single();
            boolean fromPrimary = connections.fallingBack();
            if (!replay.standby() || replay.caughtUp()) {
                return new FiguresAsOf(now, Duration.ZERO, false, fromPrimary);
            }
            if (replay.replayedAt() == null) {
                return new FiguresAsOf(null, Duration.ZERO, true, false);
            }
            Instant asOf = replay.replayedAt().toInstant();
            Duration lag = Duration.between(asOf, now.toInstant());
            lag = lag.isNegative() ? Duration.ZERO : lag;
            return new FiguresAsOf(asOf.atZone(clock.getZone()), lag, lag.compareTo(warning) > 0, false);
        } catch (DataAccessException failure) {
            log.warn(
                    "How current the figures replica is could not be read: {}",
                    failure.getClass().getSimpleName());
            return new FiguresAsOf(null, Duration.ZERO, true, connections.fallingBack());
        }
    }

    private record Replay(boolean standby, boolean caughtUp, Timestamp replayedAt) {}
}
