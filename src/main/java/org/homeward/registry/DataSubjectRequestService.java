package org.homeward.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.problems.CommonProblemCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out people's requests about their data. A deletion erases the person's names, phone,
 * document and exact birth date (keeping sex, year of birth, needs and the journey, so anonymous
 * counts stay right), removes the names from the household's history and from search, and is
 * recorded in the audit trail. Features holding their own data about the person erase it on
 * {@link MemberErased}, in the same transaction.
 */
@Service
public class DataSubjectRequestService {

    private static final Set<String> KINDS = Set.of("ACCESS", "CORRECTION", "DELETION");
    private final JdbcClient jdbc;
    private final HouseholdQueries households;
    private final HouseholdHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DataSubjectRequestService(
            JdbcClient jdbc,
            HouseholdQueries households,
            HouseholdHistory history,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.households = households;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DataSubjectRequest open(UUID householdId, UUID individualId, String kind, String details, String actor) {
        Household household = households.find(householdId);
        String normalised = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(normalised)) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "kind", RegistryProblemCode.REQUEST_KIND_INVALID, "A request is ACCESS, CORRECTION or DELETION")));
        }
        if (household.members().stream().noneMatch(member -> member.id().equals(individualId))) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "individualId", CommonProblemCode.MEMBER_UNKNOWN, "This person is not a member of the household")));
        }
        long id = jdbc.sql("""
                        INSERT INTO data_subject_request (household_id, individual_id, kind, details, status, requested_at, recorded_by)
                        VALUES (:household, :individual, :kind, :details, 'OPEN', :now, :actor) RETURNING id""")
                .param("household", householdId)
                .param("individual", individualId)
                .param("kind", normalised)
                .param("details", details == null ? null : details.trim())
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .query(Long.class)
                .single();
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.DATA_SUBJECT_REQUEST,
                "household",
                householdId.toString(),
                details,
                Map.of("kind", normalised, "request", id)));
        return find(id);
    }

    /** The household's requests, shown to the caller: the read is recorded in the audit trail. */
    public List<DataSubjectRequest> of(UUID householdId) {
        households.find(householdId);
        List<DataSubjectRequest> requests = jdbc.sql(
                        "SELECT * FROM data_subject_request WHERE household_id = :id ORDER BY id")
                .param("id", householdId)
                .query(DataSubjectRequest.class)
                .list();
        audit.record(new AuditEntry(
                RegistryAuditAction.READ_DATA_SUBJECT_REQUESTS,
                "household",
                householdId.toString(),
                null,
                Map.of("requests", requests.size())));
        return requests;
    }

    /** Completes a request; a deletion is carried out now. */
    @Transactional
    public DataSubjectRequest complete(UUID householdId, long requestId, String outcome, String actor) {
        DataSubjectRequest request = find(requestId);
        households.find(request.householdId());
        if (!request.householdId().equals(householdId)) {
            throw new HouseholdNotFoundException("request " + requestId);
        }
        if (!"OPEN".equals(request.status())) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "status", RegistryProblemCode.REQUEST_NOT_OPEN, "This request is already completed")));
        }
        Instant now = clock.instant();
        if ("DELETION".equals(request.kind())) {
            erase(request, now, actor);
        }
        jdbc.sql("""
                        UPDATE data_subject_request SET status = 'DONE', completed_at = :now, completed_by = :actor,
                            outcome = :outcome WHERE id = :id""")
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("outcome", outcome)
                .param("id", requestId)
                .update();
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.DATA_SUBJECT_REQUEST_DONE,
                "household",
                request.householdId().toString(),
                outcome,
                Map.of("kind", request.kind(), "request", requestId)));
        return find(requestId);
    }

    private void erase(DataSubjectRequest request, Instant now, String actor) {
        int position = jdbc.sql("SELECT position FROM individual WHERE id = :id")
                .param("id", request.individualId())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        UPDATE individual SET given_name_ar = NULL, given_name_latin = NULL, father_name_ar = NULL,
                            father_name_latin = NULL, grandfather_name_ar = NULL, grandfather_name_latin = NULL,
                            family_name_ar = NULL, family_name_latin = NULL, phone = NULL, document_type = NULL,
                            document_number = NULL, import_key = NULL, search_text = '', name_keys = '{}', erased_at = :now,
                            birth_place = NULL, birth_town = NULL,
                            birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE date_trunc('year', birth_date)::date END,
                            birth_date_precision = CASE WHEN birth_date IS NULL THEN 'UNKNOWN' ELSE 'YEAR' END
                        WHERE id = :id""")
                .param("now", Timestamp.from(now))
                .param("id", request.individualId())
                .update();
        // The household's history kept this person's old values in its diffs: erase them there too.
        jdbc.sql("""
                        UPDATE household_event SET details = (
                            SELECT coalesce(jsonb_object_agg(key, CASE WHEN key LIKE :prefix
                                THEN '{"from":"[erased]","to":"[erased]"}'::jsonb ELSE value END), '{}'::jsonb)
                            FROM jsonb_each(details))
                        WHERE household_id = :household AND type = 'UPDATED'""")
                .param("prefix", "members[" + position + "].%")
                .param("household", request.householdId())
                .update();
        // Offline edits and decided conflicts keep their changes one level down, under "changes".
        jdbc.sql("""
                        UPDATE household_event SET details = jsonb_set(details, '{changes}', (
                            SELECT coalesce(jsonb_object_agg(key, CASE WHEN key LIKE :prefix
                                THEN '{"from":"[erased]","to":"[erased]"}'::jsonb ELSE value END), '{}'::jsonb)
                            FROM jsonb_each(details->'changes')))
                        WHERE household_id = :household AND jsonb_typeof(details->'changes') = 'object'""")
                .param("prefix", "members[" + position + "].%")
                .param("household", request.householdId())
                .update();
        // The versions kept for merging offline edits, and conflicts about the person, hold their old values.
        jdbc.sql("DELETE FROM household_version WHERE household_id = :household")
                .param("household", request.householdId())
                .update();
        jdbc.sql("""
                        UPDATE household_edit_conflict SET base_value = NULL, their_value = NULL, your_value = NULL,
                            resolved_value = NULL, resolution = coalesce(resolution, 'THEIRS'),
                            resolved_at = coalesce(resolved_at, :now), resolved_by = coalesce(resolved_by, :actor)
                        WHERE individual_id = :individual""")
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("individual", request.individualId())
                .update();
        history.record(
                request.householdId(),
                now,
                actor,
                HouseholdEventType.MEMBER_ERASED,
                "Data-subject request " + request.id(),
                Map.of("position", position));
        // Other features' data about the person goes in this transaction too (documentation's evidence files).
        events.publishEvent(new MemberErased(request.householdId(), request.individualId(), request.id(), actor));
    }

    private DataSubjectRequest find(long id) {
        return jdbc.sql("SELECT * FROM data_subject_request WHERE id = :id")
                .param("id", id)
                .query(DataSubjectRequest.class)
                .optional()
                .orElseThrow(() -> new HouseholdNotFoundException("request " + id));
    }
}
