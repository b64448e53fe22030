package org.homeward.documentation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores case proposals; the same gap of the same person is proposed once. */
@Repository
class CaseProposalRepository {

    private final JdbcClient jdbc;

    CaseProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the proposal unless the same gap was proposed before; whether it was new. */
    boolean insertOnce(CaseProposal proposal) {
        return jdbc.sql("""
                        INSERT INTO documentation_proposal (id, household_id, individual_id, case_type, jurisdiction, gap,
                            registration_site, destination_pcode, event_date, proposed_at)
                        VALUES (:id, :household, :individual, :type, :jurisdiction, :gap, :site, :destination, :event, :at)
                        ON CONFLICT DO NOTHING""")
                        .param("id", proposal.id())
                        .param("household", proposal.householdId())
                        .param("individual", proposal.individualId())
                        .param("type", proposal.caseType())
                        .param("jurisdiction", proposal.jurisdiction())
                        .param("gap", proposal.gap())
                        .param("site", proposal.registrationSite())
                        .param("destination", proposal.destinationPcode())
                        .param("event", proposal.eventDate() == null ? null : Date.valueOf(proposal.eventDate()))
                        .param("at", Timestamp.from(proposal.proposedAt()))
                        .update()
                == 1;
    }

    /** Inserts the proposals, one statement for them all, leaving out gaps proposed before; how many were new. */
    int insertAllOnce(List<CaseProposal> found, Instant proposedAt) {
        return jdbc.sql("""
                        INSERT INTO documentation_proposal (id, household_id, individual_id, case_type, jurisdiction, gap,
                            registration_site, destination_pcode, event_date, proposed_at)
                        SELECT id, household, individual, type, jurisdiction, gap, site, destination, event, :at
                        FROM unnest(CAST(:ids AS uuid[]), CAST(:households AS uuid[]), CAST(:individuals AS uuid[]),
                                    CAST(:types AS text[]), CAST(:jurisdictions AS text[]), CAST(:gaps AS text[]),
                                    CAST(:sites AS text[]), CAST(:destinations AS text[]), CAST(:events AS date[]))
                            AS p (id, household, individual, type, jurisdiction, gap, site, destination, event)
                        ON CONFLICT DO NOTHING""")
                .param("ids", column(found, proposal -> proposal.id()))
                .param("households", column(found, proposal -> proposal.householdId()))
                .param("individuals", column(found, proposal -> proposal.individualId()))
                .param("types", column(found, proposal -> proposal.caseType()))
                .param("jurisdictions", column(found, proposal -> proposal.jurisdiction()))
                .param("gaps", column(found, proposal -> proposal.gap()))
                .param("sites", column(found, proposal -> proposal.registrationSite()))
                .param("destinations", column(found, proposal -> proposal.destinationPcode()))
                .param("events", column(found, proposal -> proposal.eventDate()))
                .param("at", Timestamp.from(proposedAt))
                .update();
    }

    /** One column of the proposals as text for an array parameter; a missing value stays NULL. */
    private static String[] column(List<CaseProposal> found, java.util.function.Function<CaseProposal, Object> value) {
        return found.stream()
                .map(value)
                .map(field -> field == null ? null : field.toString())
                .toArray(String[]::new);
    }

    Optional<CaseProposal> find(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM documentation_proposal c WHERE c.id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** Proposals of the scope in a status (null: any), oldest first. */
    List<CaseProposal> list(AccessScope scope, String status, UUID household, int limit) {
        return jdbc.sql("SELECT * FROM documentation_proposal c WHERE " + DocumentationCaseRepository.IN_SCOPE
                        + " AND (CAST(:status AS text) IS NULL OR c.status = :status)"
                        + " AND (CAST(:household AS uuid) IS NULL OR c.household_id = :household)"
                        + " ORDER BY c.proposed_at, c.id LIMIT :limit")
                .param("personal", scope.personalData())
                .param("unrestricted", scope.unrestricted())
                .param("sites", scope.sitesArray())
                .param("areas", scope.areasArray())
                .param("status", status)
                .param("household", household)
                .param("limit", limit)
                .query((rs, n) -> row(rs))
                .list();
    }

    void accept(UUID id, UUID caseId, String by, Instant at) {
        jdbc.sql("""
                        UPDATE documentation_proposal SET status = 'ACCEPTED', case_id = :case, decided_by = :by, decided_at = :at
                        WHERE id = :id""")
                .param("id", id)
                .param("case", caseId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    void dismiss(UUID id, String reason, String by, Instant at) {
        jdbc.sql("""
                        UPDATE documentation_proposal SET status = 'DISMISSED', dismiss_reason = :reason, decided_by = :by,
                            decided_at = :at
                        WHERE id = :id""")
                .param("id", id)
                .param("reason", reason)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static CaseProposal row(ResultSet rs) throws SQLException {
        Date event = rs.getDate("event_date");
        Timestamp decided = rs.getTimestamp("decided_at");
        return new CaseProposal(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("individual_id", UUID.class),
                rs.getString("case_type"),
                rs.getString("jurisdiction"),
                rs.getString("gap"),
                rs.getString("registration_site"),
                rs.getString("destination_pcode"),
                event == null ? null : event.toLocalDate(),
                rs.getString("status"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(),
                rs.getString("dismiss_reason"),
                rs.getObject("case_id", UUID.class));
    }
}
