package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Attacks on the audit trail by someone who holds a database password, each of which the
 * verification must catch. Its own database, since every test here breaks the chain on purpose.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "homeward.data-dir=" + AuditTamperingIT.DATA_DIR,
            "homeward.clean-on-start=true",
            "logging.level.root=WARN",
            "homeward.audit.anchor-interval=1h"
        })
class AuditTamperingIT {

    static final String DATA_DIR = "target/test-data/audit-attacks";
    private static final Path DATA = Path.of(DATA_DIR);
    private static final String HOUSEHOLD = "b1a6c1de-5f0e-4c1b-9a43-2f3b7f0e8d11";

    @Autowired
    AuditTrail audit;

    @Autowired
    AuditAnchoring anchoring;

    @Autowired
    JdbcClient application;

    @BeforeEach
    void emptyTrailAndAnchors() throws Exception {
        asSuperuser(sql -> {
            sql.sql("SET session_replication_role = replica").update();
            sql.sql("DELETE FROM audit_event").update();
        });
        Files.deleteIfExists(DATA.resolve("audit-anchors"));
    }

    @Test
    void anActorRewrittenWithTheTriggersOffIsFound() throws Exception {
        List<Long> ids = officerReadsTheHousehold(6);
        anchoring.anchorIfMoved();
        asSuperuser(sql -> {
            sql.sql("ALTER TABLE audit_event DISABLE TRIGGER ALL").update();
            sql.sql("UPDATE audit_event SET actor = 'admin' WHERE id = :id")
                    .param("id", ids.get(2))
                    .update();
            sql.sql("ALTER TABLE audit_event ENABLE TRIGGER ALL").update();
        });

        AuditVerdict verdict = audit.verify();

        assertThat(verdict.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.entryId()).isEqualTo(ids.get(2));
            assertThat(broken.kind()).isEqualTo(AuditBreak.Kind.CHANGED);
        });
        assertThat(verdict.intactUpTo()).isEqualTo(ids.get(1));
    }

    @Test
    void theNewestEntriesDeletedAfterAnAnchorAreFound() throws Exception {
        List<Long> ids = officerReadsTheHousehold(6);
        AuditAnchor anchor = anchoring.anchorIfMoved().orElseThrow();
        assertThat(anchor.entryId()).isEqualTo(ids.get(5));
        assertThat(audit.verify().confirmedAnchor()).contains(anchor);
        asSuperuser(sql -> {
            sql.sql("SET session_replication_role = replica").update();
            sql.sql("DELETE FROM audit_event WHERE id >= :id")
                    .param("id", ids.get(4))
                    .update();
        });

        AuditVerdict verdict = audit.verify();

        assertThat(verdict.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.kind()).isEqualTo(AuditBreak.Kind.TRUNCATED_AFTER_ANCHOR);
            assertThat(broken.entryId()).isEqualTo(anchor.entryId());
        });
        assertThat(verdict.entries()).isEqualTo(4);
    }

    @Test
    void anEntryRewrittenAndEveryLaterHashRecomputedWithTheDatabasesDigestIsFound() throws Exception {
        List<Long> ids = officerReadsTheHousehold(6);
        anchoring.anchorIfMoved();
        asSuperuser(sql -> {
            sql.sql("SET session_replication_role = replica").update();
            sql.sql("UPDATE audit_event SET actor = 'admin' WHERE id = :id")
                    .param("id", ids.get(2))
                    .update();
            for (long id = ids.get(2); id <= ids.get(5); id++) {
                rechainWithTheDatabasesDigest(sql, id);
            }
        });

        AuditVerdict verdict = audit.verify();

        assertThat(verdict.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.entryId()).isEqualTo(ids.get(2));
            assertThat(broken.kind()).isEqualTo(AuditBreak.Kind.RECHAINED_WITHOUT_KEY);
        });
    }

    @Test
    void theWholeTrailRechainedByTheOldUnkeyedRuleDiffersFromItsAnchor() throws Exception {
        List<Long> ids = officerReadsTheHousehold(6);
        anchoring.anchorIfMoved();
        asSuperuser(sql -> {
            sql.sql("SET session_replication_role = replica").update();
            sql.sql("UPDATE audit_event SET actor = 'admin', chain_rule = 'sha256'")
                    .update();
            for (long id = ids.get(0); id <= ids.get(5); id++) {
                rechainWithTheDatabasesDigest(sql, id);
            }
        });

        AuditVerdict verdict = audit.verify();

        // Every entry now follows the old rule, so only what left the database can tell.
        assertThat(verdict.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.entryId()).isEqualTo(ids.get(5));
            assertThat(broken.kind()).isEqualTo(AuditBreak.Kind.DIFFERS_FROM_ANCHOR);
        });
    }

    @Test
    void anEntryDeletedInTheMiddleWithTheNextOneRelinkedIsFound() throws Exception {
        List<Long> ids = officerReadsTheHousehold(6);
        asSuperuser(sql -> {
            sql.sql("SET session_replication_role = replica").update();
            sql.sql("DELETE FROM audit_event WHERE id = :id")
                    .param("id", ids.get(3))
                    .update();
            sql.sql("""
                            UPDATE audit_event next SET previous_hash = before.hash,
                                hash = audit_event_digest(before.hash, next.id, next.occurred_at, next.actor, next.action,
                                    next.target_type, next.target_id, next.remote_address, next.reason, next.details)
                            FROM audit_event before WHERE before.id = :before AND next.id = :next""").param("before", ids.get(2)).param("next", ids.get(4)).update();
        });

        AuditVerdict verdict = audit.verify();

        assertThat(verdict.firstBreak()).hasValueSatisfying(broken -> {
            assertThat(broken.entryId()).isEqualTo(ids.get(4));
            assertThat(broken.kind()).isEqualTo(AuditBreak.Kind.REMOVED);
            assertThat(broken.detail()).contains(String.valueOf(ids.get(3)));
        });
        assertThat(verdict.intactUpTo()).isEqualTo(ids.get(2));
    }

    @Test
    void theApplicationsOwnRoleCannotSwitchTheTriggerOffNorChangeTheTrail() {
        officerReadsTheHousehold(2);
        assertThatThrownBy(() -> application
                        .sql("ALTER TABLE audit_event DISABLE TRIGGER ALL")
                        .update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> application
                        .sql("SET session_replication_role = replica")
                        .update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> application
                        .sql("UPDATE audit_event SET actor = 'admin'")
                        .update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> application.sql("DELETE FROM audit_event").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> application.sql("TRUNCATE audit_event").update())
                .hasStackTraceContaining("permission denied");
        assertThat(audit.verify().intact()).isTrue();
        assertThat(audit.size()).isEqualTo(2);
    }

    @Test
    void entriesFromBeforeTheKeyKeepVerifyingAndTheFirstKeyedOneLinksToThem() throws Exception {
        String[] previous = {AuditChainRule.GENESIS};
        asSuperuser(sql -> {
            for (long id = 1; id <= 3; id++) {
                previous[0] = sql.sql("""
                                INSERT INTO audit_event (id, occurred_at, actor, action, target_type, target_id, details,
                                    previous_hash, hash, chain_rule)
                                SELECT :id, now(), 'officer.amal', 'READ_HOUSEHOLD', 'household', :household,
                                    '{"before": "the key"}', :previous,
                                    audit_event_digest(:previous, :id, now(), 'officer.amal', 'READ_HOUSEHOLD', 'household',
                                        :household, NULL, NULL, '{"before": "the key"}'), 'sha256'
                                RETURNING hash""")
                        .param("id", id)
                        .param("household", HOUSEHOLD)
                        .param("previous", previous[0])
                        .query(String.class)
                        .single();
            }
        });

        audit.record(new AuditEntry("READ_HOUSEHOLD", "household", HOUSEHOLD, null, null), "officer.amal");

        assertThat(application
                        .sql("SELECT previous_hash FROM audit_event WHERE id = 4")
                        .query(String.class)
                        .single())
                .isEqualTo(previous[0]);
        assertThat(application
                        .sql("SELECT chain_rule FROM audit_event WHERE id = 4")
                        .query(String.class)
                        .single())
                .isEqualTo("hmac-sha256");
        AuditVerdict verdict = audit.verify();
        assertThat(verdict.firstBreak()).isEmpty();
        assertThat(verdict.intactUpTo()).isEqualTo(4);
    }

    @Test
    void theSameAnchorWrittenTwiceIsHarmlessAndTheKeyFileIsTheOwnersAlone() throws Exception {
        officerReadsTheHousehold(3);
        AuditAnchor anchor = anchoring.anchorIfMoved().orElseThrow();
        assertThat(anchoring.anchorIfMoved())
                .as("an unmoved chain is not anchored again")
                .isEmpty();
        // A second server anchoring the same head appends the same line.
        Files.writeString(DATA.resolve("audit-anchors"), anchor.line() + "\n", StandardOpenOption.APPEND);

        AuditVerdict verdict = audit.verify();

        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.anchors()).isEqualTo(2);
        assertThat(verdict.confirmedAnchor()).contains(anchor);
        assertThat(Files.readAllLines(DATA.resolve("audit-anchors")))
                .allSatisfy(
                        line -> assertThat(line).doesNotContain("officer.amal").doesNotContain(HOUSEHOLD));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.resolve("audit-key"))))
                .isEqualTo("rw-------");
    }

    /** Ids of the entries written: an officer reading a household, as the registry records it. */
    private List<Long> officerReadsTheHousehold(int times) {
        for (int i = 0; i < times; i++) {
            audit.record(
                    new AuditEntry("READ_HOUSEHOLD", "household", HOUSEHOLD, null, Map.of("page", i)), "officer.amal");
        }
        return application
                .sql("SELECT id FROM audit_event ORDER BY id")
                .query(Long.class)
                .list();
    }

    /** What an intruder without the key can do: link to the entry before and hash with the database's function. */
    private static void rechainWithTheDatabasesDigest(JdbcClient sql, long id) {
        sql.sql("""
                        UPDATE audit_event entry SET
                            previous_hash = coalesce((SELECT hash FROM audit_event WHERE id = entry.id - 1), 'genesis'),
                            hash = audit_event_digest(coalesce((SELECT hash FROM audit_event WHERE id = entry.id - 1), 'genesis'),
                                entry.id, entry.occurred_at, entry.actor, entry.action, entry.target_type, entry.target_id,
                                entry.remote_address, entry.reason, entry.details)
                        WHERE entry.id = :id""").param("id", id).update();
    }

    /** Runs statements on one connection as the database's superuser: the position of an intruder with its password. */
    private static void asSuperuser(Consumer<JdbcClient> statements) throws Exception {
        try (Connection connection = PostgresClient.superuserDataSource(DATA).getConnection()) {
            statements.accept(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        }
    }
}
