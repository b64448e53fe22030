package org.homeward.registry;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported households with PostgreSQL's COPY, inside the caller's transaction:
 * either the whole batch is written or none of it. Which households to write, and which are already
 * present, the import's checking pass has decided.
 */
@Component
class HouseholdBulkWriter {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final NameChainKeys nameKeys;
    private final HouseholdReferences householdReferences;

    HouseholdBulkWriter(
            JdbcClient jdbc, DataSource dataSource, NameChainKeys nameKeys, HouseholdReferences householdReferences) {
        this.householdReferences = householdReferences;
        this.jdbc = jdbc;
        this.nameKeys = nameKeys;
        this.dataSource = dataSource;
    }

    /**
     * Outcome of one batch: households and individuals written, the references the households were
     * given, and the households as written (for those who look at each household registered).
     */
    record BatchResult(int written, int individuals, List<String> references, List<Household> households) {

        static final BatchResult NOTHING = new BatchResult(0, 0, List.of(), List.of());
    }

    /**
     * A household turned into its COPY rows ahead of its transaction, so that this work can be done
     * on another thread while the database writes the previous batch. Only the reference is left
     * out, because it is drawn when the household is actually written.
     */
    record PreparedHousehold(
            String key,
            List<String> individualKeys,
            long firstRow,
            int members,
            String householdHead,
            String householdTail,
            String individualRows,
            String eventRow,
            Household withoutReference) {}

    /** Name keys to be remembered through one import, on the thread that prepares its households. */
    RememberedNameKeys rememberingNameKeys() {
        return new RememberedNameKeys(nameKeys);
    }

    /**
     * Builds the rows of one household; the folding function gives the searchable form of a name part,
     * and the remembered keys each individual's name keys.
     */
    PreparedHousehold prepare(
            ValidImport valid,
            Instant now,
            String actor,
            UnaryOperator<String> folding,
            RememberedNameKeys rememberedKeys) {
        UUID id = RecordIds.next();
        Instant registeredAt = valid.registeredOn() == null
                ? now
                : valid.registeredOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        Journey journey = valid.household().journey();
        ImportedConsent consent = valid.consent();
        CopyText head = new CopyText(48);
        head.row(id);
        CopyText tail = new CopyText(256);
        tail.row(
                valid.key(),
                valid.household().registrationSite(),
                journey.returnType(),
                journey.originCountry(),
                journey.originLocation(),
                journey.crossingPoint(),
                journey.destinationPcode(),
                journey.plannedDate(),
                valid.returnedOn(),
                journey.status(),
                0,
                registeredAt,
                actor,
                registeredAt,
                consent == null
                        ? "{REGISTRATION}"
                        : arrayLiteral(
                                consent.purposes().stream().map(Enum::name).toArray(String[]::new)),
                consent == null ? "{}" : arrayLiteral(consent.partners().toArray(String[]::new)),
                consent == null ? null : consent.givenBy(),
                consent == null ? null : consent.method(),
                consent == null ? null : consent.recordedAt() == null ? now : consent.recordedAt());
        CopyText individualRows = new CopyText(512 * valid.household().members().size());
        List<Individual> members = new ArrayList<>(valid.household().members().size());
        for (Individual member : valid.household().members()) {
            Individual stored = HouseholdCommands.withId(member, RecordIds.next());
            individual(
                    individualRows, id, valid.individualKeys().get(member.position()), stored, folding, rememberedKeys);
            members.add(stored);
        }
        Household written = new Household(
                id, null, valid.household().registrationSite(), journey, 0, registeredAt, actor, registeredAt, members);
        CopyText eventRow = new CopyText(160);
        eventRow.row(
                id,
                registeredAt,
                actor,
                HouseholdEventType.IMPORTED.name(),
                null,
                "{\"members\":" + valid.household().members().size() + ",\"importKey\":" + json(valid.key())
                        + (consent == null
                                ? ""
                                : ",\"consent\":["
                                        + String.join(
                                                ",",
                                                consent.purposes().stream()
                                                        .map(purpose -> json(purpose.name()))
                                                        .toList())
                                        + "]")
                        + "}");
        return new PreparedHousehold(
                valid.key(),
                valid.individualKeys(),
                valid.firstRow(),
                valid.household().members().size(),
                head.fieldsOnly(),
                tail.text(),
                individualRows.text(),
                eventRow.text(),
                written);
    }

    /**
     * Writes a batch the checking pass cleared: none of its keys is in the registry (the import holds
     * {@link BulkImports#startImporting()} from its check to its end, so none can have arrived since).
     * Should one be there all the same, the registry's unique keys make the whole batch fail.
     */
    BatchResult write(List<PreparedHousehold> batch) throws SQLException, IOException {
        // Let the name index collect a whole batch before merging it: one large merge costs less than many small ones.
        jdbc.sql("SET LOCAL gin_pending_list_limit = '64MB'").update();
        return copy(batch);
    }

    private BatchResult copy(List<PreparedHousehold> households) throws SQLException, IOException {
        if (households.isEmpty()) {
            return BatchResult.NOTHING;
        }
        List<String> references = householdReferences.next(households.size());
        StringBuilder householdRows = new StringBuilder(households.size() * 300);
        StringBuilder individualRows = new StringBuilder(households.size() * 2500);
        StringBuilder eventRows = new StringBuilder(households.size() * 160);
        int individuals = 0;
        List<Household> written = new ArrayList<>(households.size());
        for (int h = 0; h < households.size(); h++) {
            PreparedHousehold prepared = households.get(h);
            Household household = prepared.withoutReference();
            written.add(new Household(
                    household.id(),
                    references.get(h),
                    household.registrationSite(),
                    household.journey(),
                    household.version(),
                    household.registeredAt(),
                    household.registeredBy(),
                    household.updatedAt(),
                    household.members()));
            householdRows
                    .append(prepared.householdHead())
                    .append(",\"")
                    .append(references.get(h))
                    .append("\",")
                    .append(prepared.householdTail());
            individualRows.append(prepared.individualRows());
            eventRows.append(prepared.eventRow());
            individuals += prepared.members();
        }
        CopyManager copy = connection().unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(
                "COPY household (id, reference, import_key, registration_site, return_type, origin_country, "
                        + "origin_location, crossing_point, destination_pcode, planned_date, returned_on, journey_status, version, "
                        + "registered_at, registered_by, updated_at, consent_purposes, consent_partners, consent_given_by, "
                        + "consent_method, consent_recorded_at) FROM STDIN (FORMAT csv)",
                new CharSequenceReader(householdRows));
        copy.copyIn(
                "COPY individual (id, household_id, import_key, position, principal, relationship, given_name_ar, "
                        + "given_name_latin, father_name_ar, father_name_latin, grandfather_name_ar, grandfather_name_latin, "
                        + "family_name_ar, family_name_latin, sex, birth_date, birth_date_precision, phone, document_type, "
                        + "document_number, place_of_origin, specific_needs, search_text, name_keys, nationality, birth_country, "
                        + "birth_place, birth_town) FROM STDIN (FORMAT csv)",
                new CharSequenceReader(individualRows));
        copy.copyIn(
                "COPY household_event (household_id, occurred_at, actor, type, reason, details) FROM STDIN (FORMAT csv)",
                new CharSequenceReader(eventRows));
        return new BatchResult(households.size(), individuals, references, written);
    }

    private void individual(
            CopyText rows,
            UUID householdId,
            String key,
            Individual member,
            UnaryOperator<String> folding,
            RememberedNameKeys rememberedKeys) {
        rows.row(
                member.id(),
                householdId,
                key,
                member.position(),
                member.principal(),
                member.relationship(),
                member.givenNameAr(),
                member.givenNameLatin(),
                member.fatherNameAr(),
                member.fatherNameLatin(),
                member.grandfatherNameAr(),
                member.grandfatherNameLatin(),
                member.familyNameAr(),
                member.familyNameLatin(),
                member.sex(),
                member.birthDate().date(),
                member.birthDate().precision(),
                member.phone(),
                member.documentType(),
                member.documentNumber(),
                member.placeOfOrigin(),
                needsLiteral(member.specificNeeds()),
                SearchText.of(member, folding),
                arrayLiteral(rememberedKeys.of(member)),
                member.nationality(),
                member.birthCountry(),
                member.birthPlace(),
                member.birthTown());
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
            literal.append('"')
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
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
                    String string = value instanceof Instant instant
                            ? instant.toString()
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
        public void close() {}
    }
}
