package org.homeward.registry;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported households with PostgreSQL's COPY, inside the caller's transaction:
 * either the whole batch is written or none of it. Households whose key is already present are
 * skipped, so importing the same file again creates nothing new.
 */
@Component
class HouseholdBulkWriter {

    /** Serialises concurrent imports, so that two of them cannot race on the same keys. */
    private static final long IMPORT_LOCK = 0x484f4d45L;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final NameKeys nameKeys;

    HouseholdBulkWriter(JdbcClient jdbc, DataSource dataSource, NameKeys nameKeys) {
        this.jdbc = jdbc;
        this.nameKeys = nameKeys;
        this.dataSource = dataSource;
    }

    /** Outcome of one batch. */
    record BatchResult(int written, int individuals, int alreadyPresent, List<ImportProblem> problems) {
    }

    BatchResult write(List<ValidImport> batch, Instant now, String actor) throws SQLException, IOException {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", IMPORT_LOCK).query().singleRow();
        // Let the name index collect a whole batch before merging it: one large merge costs less than many small ones.
        jdbc.sql("SET LOCAL gin_pending_list_limit = '64MB'").update();
        Set<String> present = new HashSet<>(jdbc.sql("SELECT import_key FROM household WHERE import_key = ANY(:keys)")
                .param("keys", batch.stream().map(ValidImport::key).toArray(String[]::new)).query(String.class).list());
        Set<String> takenIndividualKeys = new HashSet<>(jdbc.sql(
                        "SELECT import_key FROM individual WHERE import_key = ANY(:keys)")
                .param("keys", batch.stream().flatMap(valid -> valid.individualKeys().stream())
                        .filter(java.util.Objects::nonNull).toArray(String[]::new))
                .query(String.class).list());
        List<ImportProblem> problems = new ArrayList<>();
        List<ValidImport> toWrite = new ArrayList<>();
        for (ValidImport valid : batch) {
            if (present.contains(valid.key())) {
                continue;
            }
            String taken = valid.individualKeys().stream().filter(takenIndividualKeys::contains).findFirst().orElse(null);
            if (taken != null) {
                problems.add(new ImportProblem(valid.firstRow(), "individual_key", "INDIVIDUAL_KEY_TAKEN",
                        "An individual with this key already belongs to another household"));
                continue;
            }
            toWrite.add(valid);
        }
        int individuals = copy(toWrite, now, actor);
        return new BatchResult(toWrite.size(), individuals, batch.size() - toWrite.size() - problems.size(), problems);
    }

    private int copy(List<ValidImport> households, Instant now, String actor) throws SQLException, IOException {
        if (households.isEmpty()) {
            return 0;
        }
        List<Long> references = jdbc.sql("SELECT nextval('household_reference_seq') FROM generate_series(1, :n)")
                .param("n", households.size()).query(Long.class).list();
        CopyText householdRows = new CopyText();
        CopyText individualRows = new CopyText();
        CopyText eventRows = new CopyText();
        int individuals = 0;
        for (int h = 0; h < households.size(); h++) {
            ValidImport valid = households.get(h);
            UUID id = UUID.randomUUID();
            Instant registeredAt = valid.registeredOn() == null ? now : valid.registeredOn().atStartOfDay().toInstant(ZoneOffset.UTC);
            household(householdRows, id, String.format("HW-%07d", references.get(h)), valid, registeredAt, actor);
            for (Individual member : valid.household().members()) {
                individual(individualRows, id, valid.individualKeys().get(member.position()), member, nameKeys);
                individuals++;
            }
            eventRows.row(id, registeredAt, actor, "IMPORTED", null,
                    "{\"members\":" + valid.household().members().size() + ",\"importKey\":" + json(valid.key()) + "}");
        }
        CopyManager copy = connection().unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY household (id, reference, import_key, registration_site, return_type, origin_country, "
                + "origin_location, crossing_point, destination_pcode, planned_date, returned_on, journey_status, version, "
                + "registered_at, registered_by, updated_at) FROM STDIN (FORMAT csv)", new StringReader(householdRows.text()));
        copy.copyIn("COPY individual (id, household_id, import_key, position, principal, relationship, given_name_ar, "
                + "given_name_latin, father_name_ar, father_name_latin, grandfather_name_ar, grandfather_name_latin, "
                + "family_name_ar, family_name_latin, sex, birth_date, birth_date_precision, phone, document_type, "
                + "document_number, place_of_origin, specific_needs, search_text, name_keys) FROM STDIN (FORMAT csv)",
                new StringReader(individualRows.text()));
        copy.copyIn("COPY household_event (household_id, occurred_at, actor, type, reason, details) FROM STDIN (FORMAT csv)",
                new StringReader(eventRows.text()));
        return individuals;
    }

    private static void household(CopyText rows, UUID id, String reference, ValidImport valid, Instant registeredAt,
                                  String actor) {
        Journey journey = valid.household().journey();
        rows.row(id, reference, valid.key(), valid.household().registrationSite(), journey.returnType(),
                journey.originCountry(), journey.originLocation(), journey.crossingPoint(), journey.destinationPcode(),
                journey.plannedDate(), valid.returnedOn(), journey.status(), 0, registeredAt, actor, registeredAt);
    }

    private static void individual(CopyText rows, UUID householdId, String key, Individual member,
                                   NameKeys nameKeys) {
        rows.row(UUID.randomUUID(), householdId, key, member.position(), member.principal(), member.relationship(),
                member.givenNameAr(), member.givenNameLatin(), member.fatherNameAr(), member.fatherNameLatin(),
                member.grandfatherNameAr(), member.grandfatherNameLatin(), member.familyNameAr(), member.familyNameLatin(),
                member.sex(), member.birthDate().date(), member.birthDate().precision(), member.phone(),
                member.documentType(), member.documentNumber(), member.placeOfOrigin(),
                "{" + String.join(",", member.specificNeeds().stream().map(Enum::name).toList()) + "}",
                SearchText.of(member), arrayLiteral(NameKeys.of(nameKeys, member)));
    }

    /** A text[] literal for COPY; each key quoted, so no key can break the array. */
    static String arrayLiteral(String[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }

    private Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Rows in COPY's CSV format: empty unquoted field = NULL, quoted "" = empty string. */
    static final class CopyText {
        private final StringBuilder text = new StringBuilder(1 << 16);

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object value = values[i];
                if (value != null) {
                    String string = value instanceof Instant instant ? instant.toString()
                            : value instanceof LocalDate date ? date.toString() : value.toString();
                    text.append('"').append(string.replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
