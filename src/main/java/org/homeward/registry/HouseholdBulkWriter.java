package org.homeward.registry;

import java.io.IOException;
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
import java.util.function.UnaryOperator;
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
    private final NameChainKeys nameKeys;

    HouseholdBulkWriter(JdbcClient jdbc, DataSource dataSource, NameChainKeys nameKeys) {
        this.jdbc = jdbc;
        this.nameKeys = nameKeys;
        this.dataSource = dataSource;
    }

    /** Outcome of one batch. */
    record BatchResult(int written, int individuals, int alreadyPresent, List<ImportProblem> problems) {
    }

    /**
     * A household turned into its COPY rows ahead of its transaction, so that this work can be done
     * on another thread while the database writes the previous batch. Only the reference is left
     * out, because it is taken from a sequence when the household is actually written.
     */
    record PreparedHousehold(String key, List<String> individualKeys, long firstRow, int members,
                             String householdHead, String householdTail, String individualRows, String eventRow) {
    }

    /** Builds the rows of one household; the folding function gives the searchable form of a name part. */
    PreparedHousehold prepare(ValidImport valid, Instant now, String actor, UnaryOperator<String> folding) {
        UUID id = RecordIds.next();
        Instant registeredAt = valid.registeredOn() == null ? now : valid.registeredOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        Journey journey = valid.household().journey();
        ImportedConsent consent = valid.consent();
        CopyText head = new CopyText(48);
        head.row(id);
        CopyText tail = new CopyText(256);
        tail.row(valid.key(), valid.household().registrationSite(), journey.returnType(),
                journey.originCountry(), journey.originLocation(), journey.crossingPoint(), journey.destinationPcode(),
                journey.plannedDate(), valid.returnedOn(), journey.status(), 0, registeredAt, actor, registeredAt,
                consent == null ? "{REGISTRATION}" : arrayLiteral(consent.purposes().stream().map(Enum::name)
                        .toArray(String[]::new)),
                consent == null ? "{}" : arrayLiteral(consent.partners().toArray(String[]::new)),
                consent == null ? null : consent.givenBy(), consent == null ? null : consent.method(),
                consent == null ? null : consent.recordedAt() == null ? now : consent.recordedAt());
        CopyText individualRows = new CopyText(512 * valid.household().members().size());
        for (Individual member : valid.household().members()) {
            individual(individualRows, id, valid.individualKeys().get(member.position()), member, folding);
        }
        CopyText eventRow = new CopyText(160);
        eventRow.row(id, registeredAt, actor, "IMPORTED", null,
                "{\"members\":" + valid.household().members().size() + ",\"importKey\":" + json(valid.key())
                        + (consent == null ? "" : ",\"consent\":[" + String.join(",", consent.purposes().stream()
                                .map(purpose -> json(purpose.name())).toList()) + "]") + "}");
        return new PreparedHousehold(valid.key(), valid.individualKeys(), valid.firstRow(),
                valid.household().members().size(), head.fieldsOnly(), tail.text(), individualRows.text(), eventRow.text());
    }

    /** Writes the households of a batch that are not there yet; the caller's transaction holds it together. */
    BatchResult write(List<PreparedHousehold> batch) throws SQLException, IOException {
        jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", IMPORT_LOCK).query().singleRow();
        // Let the name index collect a whole batch before merging it: one large merge costs less than many small ones.
        jdbc.sql("SET LOCAL gin_pending_list_limit = '64MB'").update();
        Set<String> present = new HashSet<>(jdbc.sql("SELECT import_key FROM household WHERE import_key = ANY(:keys)")
                .param("keys", batch.stream().map(PreparedHousehold::key).toArray(String[]::new)).query(String.class).list());
        Set<String> takenIndividualKeys = new HashSet<>(jdbc.sql(
                        "SELECT import_key FROM individual WHERE import_key = ANY(:keys)")
                .param("keys", batch.stream().flatMap(prepared -> prepared.individualKeys().stream())
                        .filter(java.util.Objects::nonNull).toArray(String[]::new))
                .query(String.class).list());
        List<ImportProblem> problems = new ArrayList<>();
        List<PreparedHousehold> toWrite = new ArrayList<>();
        for (PreparedHousehold prepared : batch) {
            if (present.contains(prepared.key())) {
                continue;
            }
            if (prepared.individualKeys().stream().anyMatch(takenIndividualKeys::contains)) {
                problems.add(new ImportProblem(prepared.firstRow(), "individual_key", "INDIVIDUAL_KEY_TAKEN",
                        "An individual with this key already belongs to another household"));
                continue;
            }
            toWrite.add(prepared);
        }
        int individuals = copy(toWrite);
        return new BatchResult(toWrite.size(), individuals, batch.size() - toWrite.size() - problems.size(), problems);
    }

    private int copy(List<PreparedHousehold> households) throws SQLException, IOException {
        if (households.isEmpty()) {
            return 0;
        }
        List<Long> references = jdbc.sql("SELECT nextval('household_reference_seq') FROM generate_series(1, :n)")
                .param("n", households.size()).query(Long.class).list();
        StringBuilder householdRows = new StringBuilder(households.size() * 300);
        StringBuilder individualRows = new StringBuilder(households.size() * 2500);
        StringBuilder eventRows = new StringBuilder(households.size() * 160);
        int individuals = 0;
        for (int h = 0; h < households.size(); h++) {
            PreparedHousehold prepared = households.get(h);
            householdRows.append(prepared.householdHead()).append(",\"HW-");
            String number = Long.toString(references.get(h));
            for (int pad = number.length(); pad < 7; pad++) {
                householdRows.append('0');
            }
            householdRows.append(number).append("\",").append(prepared.householdTail());
            individualRows.append(prepared.individualRows());
            eventRows.append(prepared.eventRow());
            individuals += prepared.members();
        }
        CopyManager copy = connection().unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY household (id, reference, import_key, registration_site, return_type, origin_country, "
                + "origin_location, crossing_point, destination_pcode, planned_date, returned_on, journey_status, version, "
                + "registered_at, registered_by, updated_at, consent_purposes, consent_partners, consent_given_by, "
                + "consent_method, consent_recorded_at) FROM STDIN (FORMAT csv)", new CharSequenceReader(householdRows));
        copy.copyIn("COPY individual (id, household_id, import_key, position, principal, relationship, given_name_ar, "
                + "given_name_latin, father_name_ar, father_name_latin, grandfather_name_ar, grandfather_name_latin, "
                + "family_name_ar, family_name_latin, sex, birth_date, birth_date_precision, phone, document_type, "
                + "document_number, place_of_origin, specific_needs, search_text, name_keys) FROM STDIN (FORMAT csv)",
                new CharSequenceReader(individualRows));
        copy.copyIn("COPY household_event (household_id, occurred_at, actor, type, reason, details) FROM STDIN (FORMAT csv)",
                new CharSequenceReader(eventRows));
        return individuals;
    }

    private void individual(CopyText rows, UUID householdId, String key, Individual member,
                            UnaryOperator<String> folding) {
        rows.row(RecordIds.next(), householdId, key, member.position(), member.principal(), member.relationship(),
                member.givenNameAr(), member.givenNameLatin(), member.fatherNameAr(), member.fatherNameLatin(),
                member.grandfatherNameAr(), member.grandfatherNameLatin(), member.familyNameAr(), member.familyNameLatin(),
                member.sex(), member.birthDate().date(), member.birthDate().precision(), member.phone(),
                member.documentType(), member.documentNumber(), member.placeOfOrigin(),
                needsLiteral(member.specificNeeds()), SearchText.of(member, folding),
                arrayLiteral(nameKeys.of(member)));
    }

    private static String needsLiteral(List<SpecificNeed> needs) {
        if (needs.isEmpty()) {
            return "{}";
        }
        return "{" + String.join(",", needs.stream().map(Enum::name).toList()) + "}";
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
        private final StringBuilder text;

        CopyText() {
            this(1 << 16);
        }

        CopyText(int capacity) {
            text = new StringBuilder(capacity);
        }

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                Object value = values[i];
                if (value != null) {
                    String string = value instanceof Instant instant ? instant.toString()
                            : value instanceof LocalDate date ? date.toString() : value.toString();
                    text.append('"');
                    if (string.indexOf('"') < 0) {
                        text.append(string);
                    } else {
                        text.append(string.replace("\"", "\"\""));
                    }
                    text.append('"');
                }
            }
            text.append('\n');
        }

        String text() {
            return text.toString();
        }

        /** The fields written so far without the row's end, to be continued by other fields. */
        String fieldsOnly() {
            return text.substring(0, text.length() - 1);
        }
    }

    /** Reads a CharSequence without copying it into one more String. */
    private static final class CharSequenceReader extends java.io.Reader {
        private final CharSequence text;
        private int position;

        CharSequenceReader(CharSequence text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position >= text.length()) {
                return -1;
            }
            int count = Math.min(length, text.length() - position);
            if (text instanceof StringBuilder builder) {
                builder.getChars(position, position + count, buffer, offset);
            } else {
                for (int i = 0; i < count; i++) {
                    buffer[offset + i] = text.charAt(position + i);
                }
            }
            position += count;
            return count;
        }

        @Override
        public void close() {
        }
    }
}
