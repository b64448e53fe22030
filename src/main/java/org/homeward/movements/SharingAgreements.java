package org.homeward.movements;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the agreements under which manifests are shared with authorities, and finds them. An
 * agreement is never changed: a new one is recorded instead, so the audit trail's exports can
 * always be read against what was agreed at the time.
 */
@Service
class SharingAgreements {

    static final Set<String> RECIPIENT_KINDS =
            Set.of("BORDER_AUTHORITY", "DESTINATION_AUTHORITY", "HUMANITARIAN_PARTNER");
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SharingAgreements(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a new agreement after checking every field; the recording is audited with the change. */
    @Transactional
    public SharingAgreement record(SharingAgreementRequest request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        String recipient =
                text(request.recipient(), "recipient", MovementsProblemCode.RECIPIENT_LENGTH, 2, 200, problems);
        String purpose = text(request.purpose(), "purpose", MovementsProblemCode.PURPOSE_LENGTH, 3, 1000, problems);
        String kind =
                request.recipientKind() == null ? "" : request.recipientKind().trim();
        if (!RECIPIENT_KINDS.contains(kind)) {
            problems.add(new FieldProblem(
                    "recipientKind",
                    MovementsProblemCode.RECIPIENT_KIND_UNKNOWN,
                    "Choose a border authority, a destination authority or a humanitarian partner"));
        }
        List<SharingField> fields = fields(request.fields(), problems);
        LocalDate from = date(request.validFrom(), "validFrom", problems);
        LocalDate to = date(request.validTo(), "validTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem(
                    "validTo", MovementsProblemCode.VALID_TO_BEFORE_FROM, "The agreement cannot end before it starts"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSharingAgreementException(problems);
        }
        SharingAgreement agreement = new SharingAgreement(
                UUID.randomUUID(), recipient, kind, purpose, fields, from, to, actor, clock.instant());
        jdbc.sql("""
                        INSERT INTO sharing_agreement (id, recipient, recipient_kind, purpose, fields, valid_from, valid_to,
                            recorded_by, recorded_at)
                        VALUES (:id, :recipient, :kind, :purpose, :fields, :from, :to, :by, :at)""")
                .param("id", agreement.id())
                .param("recipient", recipient)
                .param("kind", kind)
                .param("purpose", purpose)
                .param("fields", fields.stream().map(Enum::name).toArray(String[]::new))
                .param("from", from)
                .param("to", to)
                .param("by", actor)
                .param("at", Timestamp.from(agreement.recordedAt()))
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("recipient", recipient);
        details.put("fields", fields.stream().map(Enum::name).toList());
        details.put("validFrom", from.toString());
        details.put("validTo", to.toString());
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.RECORD_SHARING_AGREEMENT,
                "sharing_agreement",
                agreement.id().toString(),
                purpose,
                details));
        return agreement;
    }

    /** Every agreement, newest first. */
    public List<SharingAgreement> all() {
        return jdbc.sql("SELECT * FROM sharing_agreement ORDER BY recorded_at DESC, id")
                .query(this::agreement)
                .list();
    }

    /** The agreements that hold on the day, by recipient. */
    public List<SharingAgreement> currentOn(LocalDate day) {
        return jdbc.sql(
                        "SELECT * FROM sharing_agreement WHERE valid_from <= :day AND valid_to >= :day ORDER BY recipient, id")
                .param("day", day)
                .query(this::agreement)
                .list();
    }

    public Optional<SharingAgreement> find(UUID id) {
        return jdbc.sql("SELECT * FROM sharing_agreement WHERE id = :id")
                .param("id", id)
                .query(this::agreement)
                .optional();
    }

    private SharingAgreement agreement(ResultSet rs, int row) throws SQLException {
        Array fields = rs.getArray("fields");
        List<SharingField> parsed = Arrays.stream((String[]) fields.getArray())
                .map(SharingField::valueOf)
                .toList();
        return new SharingAgreement(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("recipient_kind"),
                rs.getString("purpose"),
                parsed,
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static List<SharingField> fields(List<String> names, List<FieldProblem> problems) {
        Set<SharingField> fields = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            String normal = name == null
                    ? ""
                    : name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            if (SharingField.NEVER_SHARED.contains(normal)) {
                problems.add(new FieldProblem(
                        "fields",
                        MovementsProblemCode.FIELD_NEVER_SHARED,
                        normal + " never leaves Homeward and cannot be part of an agreement"));
            } else {
                SharingField.parse(normal)
                        .ifPresentOrElse(
                                fields::add,
                                () -> problems.add(new FieldProblem(
                                        "fields",
                                        MovementsProblemCode.FIELD_UNKNOWN,
                                        "Not a field of the documented list: "
                                                + normal.replaceAll("[^A-Z0-9_]", "?"))));
            }
        }
        if (fields.isEmpty()
                && problems.stream().noneMatch(problem -> problem.field().equals("fields"))) {
            problems.add(new FieldProblem(
                    "fields", MovementsProblemCode.FIELDS_MISSING, "Choose at least one field to share"));
        }
        List<SharingField> ordered = new ArrayList<>(fields);
        ordered.sort(null);
        return ordered;
    }

    private static String text(
            String value,
            String field,
            MovementsProblemCode outOfBounds,
            int min,
            int max,
            List<FieldProblem> problems) {
        String trimmed = value == null ? "" : value.trim();
        if (trimmed.length() < min || trimmed.length() > max) {
            problems.add(new FieldProblem(field, outOfBounds, "Between " + min + " and " + max + " characters"));
        }
        return trimmed;
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, CommonProblemCode.DATE_INVALID, "A date as YYYY-MM-DD"));
            return null;
        }
    }
}
