package org.homeward.documentation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores referrals and their history; the history is append-only. */
@Repository
class ReferralRepository {

    private final JdbcClient jdbc;

    ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            UUID id,
            UUID householdId,
            UUID caseId,
            ReferralRules.Checked referral,
            String consentJson,
            Instant at,
            String actor) {
        jdbc.sql("""
                        INSERT INTO referral (id, household_id, case_id, partner, service, note, status, referred_at,
                            referred_by, consent)
                        VALUES (:id, :household, :case, :partner, :need, :note, 'SENT', :at, :actor, CAST(:consent AS jsonb))""")
                .param("id", id)
                .param("household", householdId)
                .param("case", caseId)
                .param("partner", referral.partner())
                .param("need", referral.need().name())
                .param("note", referral.note())
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("consent", consentJson)
                .update();
        event(id, caseId, ReferralEventKind.REFERRED, null, referral.note(), at, actor);
    }

    /** Records the partner's outcome as the referral's status and as an event of its history. */
    void outcome(UUID id, UUID caseId, ReferralOutcome outcome, String note, Instant at, String actor) {
        jdbc.sql("UPDATE referral SET status = :status WHERE id = :id")
                .param("status", outcome.name())
                .param("id", id)
                .update();
        event(id, caseId, ReferralEventKind.OUTCOME, outcome.name(), note, at, actor);
    }

    private void event(
            UUID id, UUID caseId, ReferralEventKind kind, String outcome, String note, Instant at, String actor) {
        jdbc.sql("""
                        INSERT INTO referral_event (referral_id, case_id, kind, outcome, note, occurred_at, actor)
                        VALUES (:id, :case, :kind, :outcome, :note, :at, :actor)""")
                .param("id", id)
                .param("case", caseId)
                .param("kind", kind.name())
                .param("outcome", outcome)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .update();
    }

    Optional<Referral> find(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM referral WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query(this::referral)
                .optional();
    }

    List<Referral> ofHousehold(UUID householdId) {
        return jdbc.sql("SELECT * FROM referral WHERE household_id = :household ORDER BY referred_at DESC, id")
                .param("household", householdId)
                .query(this::referral)
                .list();
    }

    List<Referral> ofCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM referral WHERE case_id = :case ORDER BY referred_at, id")
                .param("case", caseId)
                .query(this::referral)
                .list();
    }

    private Referral referral(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Referral(
                id,
                rs.getObject("household_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("partner"),
                ReferralNeed.valueOf(rs.getString("service")),
                rs.getString("note"),
                rs.getString("status"),
                rs.getTimestamp("referred_at").toInstant(),
                rs.getString("referred_by"),
                history(id));
    }

    private List<ReferralEvent> history(UUID id) {
        return jdbc.sql(
                        "SELECT kind, outcome, note, occurred_at, actor FROM referral_event WHERE referral_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new ReferralEvent(
                        rs.getString("kind"),
                        rs.getString("outcome"),
                        rs.getString("note"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor")))
                .list();
    }
}
