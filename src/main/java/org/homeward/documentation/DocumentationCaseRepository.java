package org.homeward.documentation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores cases, their steps, history, assignments and reminders, in plain SQL. */
@Repository
class DocumentationCaseRepository {

    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};
    /** Cases in a scope: the same rule as {@link AccessScope#covers}, in SQL. */
    static final String IN_SCOPE = """
            (:personal AND (:unrestricted OR c.registration_site = ANY(:sites)
             OR EXISTS (SELECT 1 FROM unnest(CAST(:areas AS text[])) a WHERE c.destination_pcode LIKE a || '%')))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentationCaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(DocumentationCase opened) {
        jdbc.sql("""
                        INSERT INTO documentation_case (id, household_id, individual_id, case_type, jurisdiction, status,
                            registration_site, destination_pcode, event_date, assigned_to, proposal_id, opened_at, opened_by)
                        VALUES (:id, :household, :individual, :type, :jurisdiction, :status, :site, :destination,
                            :event, :assigned, :proposal, :at, :by)""")
                .param("id", opened.id())
                .param("household", opened.householdId())
                .param("individual", opened.individualId())
                .param("type", opened.caseType())
                .param("jurisdiction", opened.jurisdiction())
                .param("status", opened.status().name())
                .param("site", opened.registrationSite())
                .param("destination", opened.destinationPcode())
                .param("event", opened.eventDate() == null ? null : Date.valueOf(opened.eventDate()))
                .param("assigned", opened.assignedTo())
                .param("proposal", opened.proposalId())
                .param("at", Timestamp.from(opened.openedAt()))
                .param("by", opened.openedBy())
                .update();
        for (CaseStep step : opened.steps()) {
            jdbc.sql("""
                            INSERT INTO documentation_step (id, case_id, position, step_code, in_syria_only, optional)
                            VALUES (:id, :case, :position, :code, :syria, :optional)""")
                    .param("id", step.id())
                    .param("case", opened.id())
                    .param("position", step.position())
                    .param("code", step.code())
                    .param("syria", step.inSyriaOnly())
                    .param("optional", step.optional())
                    .update();
        }
    }

    /** The case, locked for change when {@code forUpdate}. */
    Optional<DocumentationCase> find(UUID id, boolean forUpdate) {
        return jdbc.sql("SELECT * FROM documentation_case c WHERE c.id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> row(rs, steps(id)))
                .optional();
    }

    List<CaseStep> steps(UUID caseId) {
        return jdbc.sql("SELECT * FROM documentation_step WHERE case_id = :case ORDER BY position")
                .param("case", caseId)
                .query((rs, n) -> new CaseStep(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("step_code"),
                        rs.getBoolean("in_syria_only"),
                        rs.getBoolean("optional"),
                        StepStatus.valueOf(rs.getString("status")),
                        json.readValue(rs.getString("evidence"), NAMES),
                        localDate(rs, "started_on"),
                        localDate(rs, "completed_on"),
                        rs.getString("outcome_note"),
                        rs.getString("done_by")))
                .list();
    }

    /** Cases in the scope matching a queue: assigned to someone, unassigned, or all; newest first. */
    List<DocumentationCase> list(
            AccessScope scope, String assignedTo, boolean unassignedOnly, boolean openOnly, int limit) {
        String sql = "SELECT * FROM documentation_case c WHERE " + IN_SCOPE
                + (assignedTo != null ? " AND c.assigned_to = :assigned" : "")
                + (unassignedOnly ? " AND c.assigned_to IS NULL" : "")
                + (openOnly ? " AND c.status <> 'CLOSED'" : "")
                + " ORDER BY c.opened_at DESC LIMIT :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql)
                .param("personal", scope.personalData())
                .param("unrestricted", scope.unrestricted())
                .param("sites", scope.sitesArray())
                .param("areas", scope.areasArray())
                .param("limit", limit);
        if (assignedTo != null) {
            statement = statement.param("assigned", assignedTo);
        }
        return statement.query((rs, n) -> row(rs, List.of())).list().stream()
                .map(found -> withSteps(found, steps(found.id())))
                .toList();
    }

    /** The cases of the given people (for the departure check), whatever the caller's scope. */
    List<DocumentationCase> ofIndividuals(List<UUID> individuals) {
        if (individuals.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("SELECT * FROM documentation_case c WHERE c.individual_id = ANY(:ids) ORDER BY c.opened_at")
                .param("ids", individuals.toArray(UUID[]::new))
                .query((rs, n) -> row(rs, List.of()))
                .list()
                .stream()
                .map(found -> withSteps(found, steps(found.id())))
                .toList();
    }

    void updateStatus(UUID id, CaseStatus status, String outcome, Instant closedAt) {
        jdbc.sql("""
                        UPDATE documentation_case SET status = :status, outcome = coalesce(:outcome, outcome),
                            closed_at = :closed, version = version + 1 WHERE id = :id""")
                .param("id", id)
                .param("status", status.name())
                .param("outcome", outcome)
                .param("closed", closedAt == null ? null : Timestamp.from(closedAt))
                .update();
    }

    void chainCompleted(UUID id, Instant at) {
        jdbc.sql("UPDATE documentation_case SET chain_completed_at = :at WHERE id = :id AND chain_completed_at IS NULL")
                .param("id", id)
                .param("at", Timestamp.from(at))
                .update();
    }

    void updateStep(
            UUID stepId,
            StepStatus status,
            List<String> evidence,
            LocalDate startedOn,
            LocalDate completedOn,
            String note,
            String doneBy) {
        jdbc.sql("""
                        UPDATE documentation_step SET status = :status, evidence = CAST(:evidence AS jsonb),
                            started_on = :started, completed_on = :completed, outcome_note = :note, done_by = :by,
                            version = version + 1
                        WHERE id = :id""")
                .param("id", stepId)
                .param("status", status.name())
                .param("evidence", json.writeValueAsString(evidence))
                .param("started", startedOn == null ? null : Date.valueOf(startedOn))
                .param("completed", completedOn == null ? null : Date.valueOf(completedOn))
                .param("note", note)
                .param("by", doneBy)
                .update();
    }

    void assign(UUID caseId, String assignee, String by, Instant at, String reason) {
        jdbc.sql("UPDATE documentation_case SET assigned_to = :assignee, version = version + 1 WHERE id = :id")
                .param("id", caseId)
                .param("assignee", assignee)
                .update();
        jdbc.sql("""
                        INSERT INTO documentation_assignment (case_id, assigned_to, assigned_by, assigned_at, reason)
                        VALUES (:case, :assignee, :by, :at, :reason)""")
                .param("case", caseId)
                .param("assignee", assignee)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .update();
    }

    List<CaseAssignment> assignments(UUID caseId) {
        return jdbc.sql("SELECT * FROM documentation_assignment WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, n) -> new CaseAssignment(
                        rs.getString("assigned_to"),
                        rs.getString("assigned_by"),
                        rs.getTimestamp("assigned_at").toInstant(),
                        rs.getString("reason")))
                .list();
    }

    void event(UUID caseId, UUID stepId, Instant at, String actor, CaseEventType type, Map<String, Object> details) {
        jdbc.sql("""
                        INSERT INTO documentation_case_event (case_id, step_id, occurred_at, actor, type, details)
                        VALUES (:case, :step, :at, :actor, :type, CAST(:details AS jsonb))""")
                .param("case", caseId)
                .param("step", stepId)
                .param("at", Timestamp.from(at))
                .param("actor", actor)
                .param("type", type.name())
                .param("details", json.writeValueAsString(details))
                .update();
    }

    List<CaseEvent> history(UUID caseId) {
        return jdbc.sql("SELECT * FROM documentation_case_event WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, n) -> new CaseEvent(
                        rs.getLong("id"),
                        rs.getObject("step_id", UUID.class),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"),
                        rs.getString("type"),
                        json.readValue(rs.getString("details"), DETAILS)))
                .list();
    }

    long addReminder(UUID caseId, LocalDate dueOn, String note, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO documentation_reminder (case_id, due_on, note, created_by, created_at)
                        VALUES (:case, :due, :note, :by, :at) RETURNING id""")
                .param("case", caseId)
                .param("due", Date.valueOf(dueOn))
                .param("note", note)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    boolean reminderDone(UUID caseId, long reminderId, String by, Instant at) {
        return jdbc.sql("""
                        UPDATE documentation_reminder SET done_at = :at, done_by = :by
                        WHERE id = :id AND case_id = :case AND done_at IS NULL""")
                        .param("id", reminderId)
                        .param("case", caseId)
                        .param("by", by)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    List<CaseReminder> reminders(UUID caseId) {
        return jdbc.sql("SELECT * FROM documentation_reminder WHERE case_id = :case ORDER BY due_on, id")
                .param("case", caseId)
                .query((rs, n) -> reminder(rs))
                .list();
    }

    /** Open reminders due by a day on the cases assigned to a worker. */
    List<CaseReminder> remindersDue(String worker, LocalDate by) {
        return jdbc.sql("""
                        SELECT r.* FROM documentation_reminder r JOIN documentation_case c ON c.id = r.case_id
                        WHERE c.assigned_to = :worker AND r.done_at IS NULL AND r.due_on <= :by ORDER BY r.due_on, r.id""")
                .param("worker", worker)
                .param("by", Date.valueOf(by))
                .query((rs, n) -> reminder(rs))
                .list();
    }

    private static CaseReminder reminder(ResultSet rs) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new CaseReminder(
                rs.getLong("id"),
                rs.getObject("case_id", UUID.class),
                localDate(rs, "due_on"),
                rs.getString("note"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                done == null ? null : done.toInstant());
    }

    private static DocumentationCase row(ResultSet rs, List<CaseStep> steps) throws SQLException {
        return new DocumentationCase(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("individual_id", UUID.class),
                rs.getString("case_type"),
                rs.getString("jurisdiction"),
                CaseStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"),
                rs.getString("registration_site"),
                rs.getString("destination_pcode"),
                localDate(rs, "event_date"),
                rs.getString("assigned_to"),
                rs.getObject("proposal_id", UUID.class),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("opened_by"),
                instant(rs, "chain_completed_at"),
                instant(rs, "closed_at"),
                rs.getLong("version"),
                steps);
    }

    private static DocumentationCase withSteps(DocumentationCase found, List<CaseStep> steps) {
        return new DocumentationCase(
                found.id(),
                found.householdId(),
                found.individualId(),
                found.caseType(),
                found.jurisdiction(),
                found.status(),
                found.outcome(),
                found.registrationSite(),
                found.destinationPcode(),
                found.eventDate(),
                found.assignedTo(),
                found.proposalId(),
                found.openedAt(),
                found.openedBy(),
                found.chainCompletedAt(),
                found.closedAt(),
                found.version(),
                steps);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
