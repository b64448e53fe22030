package org.homeward.access;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the head of the audit chain to the anchor file whenever the chain has moved since the last
 * anchor: periodically, and once more when the application stops. Only keyed heads are anchored; an
 * unkeyed head is one anybody with the database could have made.
 */
@Component
class AuditAnchoring {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchoring.class);
    private final JdbcClient jdbc;
    private final AuditAnchorFile file;
    private final Clock clock;
    private final boolean logAnchors;
    private Optional<AuditAnchor> lastAnchored;

    AuditAnchoring(JdbcClient jdbc, AuditAnchorFile file, Clock clock, AuditProperties properties) {
        this.jdbc = jdbc;
        this.file = file;
        this.clock = clock;
        this.logAnchors = properties.anchorLog();
    }

    /**
     * The periodic anchor, written by one server of several on the same database at a time, into its own
     * data directory; public so that the lock's proxy sees the call. At shutdown each server anchors anyway.
     */
    @Scheduled(
            fixedDelayString = "${homeward.audit.anchor-interval:1m}",
            initialDelayString = "${homeward.audit.anchor-interval:1m}")
    @SchedulerLock(name = "audit-anchoring", lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void periodically() {
        anchorQuietly();
    }

    private void anchorQuietly() {
        try {
            anchorIfMoved();
        } catch (RuntimeException e) {
            log.warn("The audit chain could not be anchored: {}", e.getMessage());
        }
    }

    @PreDestroy
    void atShutdown() {
        anchorQuietly();
    }

    /** Appends the chain's head to the anchor file unless it was the last one anchored; answers what was written. */
    synchronized Optional<AuditAnchor> anchorIfMoved() {
        if (lastAnchored == null) {
            lastAnchored = file.read().newest();
        }
        Optional<AuditAnchor> newest = jdbc.sql("""
                        SELECT id, hash FROM audit_event
                        WHERE chain_rule = :keyed AND id = (SELECT max(id) FROM audit_event)""")
                .param("keyed", AuditChainRule.HMAC_SHA256.column())
                .query((rs, n) -> new AuditAnchor(rs.getLong("id"), rs.getString("hash"), 0, clock.instant()))
                .optional();
        if (newest.isEmpty()
                || lastAnchored
                        .filter(last -> last.entryId() == newest.get().entryId()
                                && last.hash().equals(newest.get().hash()))
                        .isPresent()) {
            return Optional.empty();
        }
        // Counted only when the chain moved: on a long trail the count is the costly part.
        long entries =
                jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single();
        Optional<AuditAnchor> head = Optional.of(new AuditAnchor(
                newest.get().entryId(),
                newest.get().hash(),
                entries,
                newest.get().anchoredAt()));
        file.append(head.get());
        lastAnchored = head;
        if (logAnchors) {
            log.info(
                    "audit anchor id={} hash={}",
                    head.get().entryId(),
                    head.get().hash());
        }
        return head;
    }
}
