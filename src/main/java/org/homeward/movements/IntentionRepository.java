package org.homeward.movements;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores return intentions and survey imports in PostgreSQL; intentions are only ever added. */
@Repository
class IntentionRepository {

    private final JdbcClient jdbc;

    IntentionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who a new intention is about and where it came from. */
    record Origin(
            UUID householdId,
            String asylumCountry,
            int persons,
            IntentionSource source,
            UUID importId,
            String rowFingerprint,
            String recordedBy,
            Instant recordedAt) {}

    /** Adds an intention; answers false when an imported row with the same fingerprint is already there. */
    boolean insert(IntentionDetails details, Origin origin) {
        return jdbc.sql("""
                        INSERT INTO return_intention (household_id, intention, destination_pcode, conditions,
                            go_and_see_first, stated_on, source, import_id, row_fingerprint, asylum_country, persons,
                            recorded_by, recorded_at)
                        VALUES (:household, :intention, :destination, CAST(:conditions AS text[]), :goAndSee, :statedOn,
                            :source, :importId, :fingerprint, :country, :persons, :actor, :at)
                        ON CONFLICT (row_fingerprint) WHERE row_fingerprint IS NOT NULL DO NOTHING""")
                        .param("household", origin.householdId())
                        .param("intention", details.intention().name())
                        .param("destination", details.destinationPcode())
                        .param(
                                "conditions",
                                details.conditions().stream().map(Enum::name).toArray(String[]::new))
                        .param("goAndSee", details.goAndSeeFirst())
                        .param("statedOn", details.statedOn())
                        .param("source", origin.source().name())
                        .param("importId", origin.importId())
                        .param("fingerprint", origin.rowFingerprint())
                        .param("country", origin.asylumCountry())
                        .param("persons", origin.persons())
                        .param("actor", origin.recordedBy())
                        .param("at", Timestamp.from(origin.recordedAt()))
                        .update()
                == 1;
    }

    /** A household's intentions, the current one first. */
    List<ReturnIntention> history(UUID householdId) {
        return jdbc.sql("""
                        SELECT * FROM return_intention WHERE household_id = :household
                        ORDER BY stated_on DESC, id DESC""")
                .param("household", householdId)
                .query((rs, n) -> intention(rs))
                .list();
    }

    /** Waits until no other survey import is recording, for the rest of the transaction. */
    void lockImports() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('homeward.intention_import'))")
                .query((rs, n) -> 1)
                .single();
    }

    /** Those of the fingerprints already recorded. */
    Set<String> recordedFingerprints(Collection<String> fingerprints) {
        if (fingerprints.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("SELECT row_fingerprint FROM return_intention WHERE row_fingerprint = ANY(:prints)")
                        .param("prints", fingerprints.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    /** One survey file imported. */
    record ImportRecord(
            UUID id,
            String fileName,
            String fileFingerprint,
            String mappingName,
            int dataRows,
            int recorded,
            int alreadyPresent,
            String importedBy,
            Instant importedAt) {}

    void insertImport(ImportRecord record) {
        jdbc.sql("""
                        INSERT INTO intention_import (id, file_name, file_fingerprint, mapping_name, data_rows, recorded,
                            already_present, imported_by, imported_at)
                        VALUES (:id, :fileName, :fingerprint, :mapping, :rows, :recorded, :present, :actor, :at)""")
                .param("id", record.id())
                .param("fileName", record.fileName())
                .param("fingerprint", record.fileFingerprint())
                .param("mapping", record.mappingName())
                .param("rows", record.dataRows())
                .param("recorded", record.recorded())
                .param("present", record.alreadyPresent())
                .param("actor", record.importedBy())
                .param("at", Timestamp.from(record.importedAt()))
                .update();
    }

    /** Households and persons by country of asylum, month stated and answer, counting each household's current intention. */
    record CurrentCount(
            String asylumCountry, LocalDate month, IntentionAnswer intention, long households, long persons) {}

    List<CurrentCount> currentCounts(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        WITH current AS (
                            SELECT DISTINCT ON (household_id) household_id, intention, asylum_country, persons, stated_on
                            FROM return_intention ORDER BY household_id, stated_on DESC, id DESC)
                        SELECT coalesce(asylum_country, '') AS country, date_trunc('month', stated_on)::date AS month,
                               intention, count(*) AS households, sum(persons) AS persons
                        FROM current WHERE stated_on BETWEEN :from AND :to
                        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new CurrentCount(
                        rs.getString("country"),
                        rs.getObject("month", LocalDate.class),
                        IntentionAnswer.valueOf(rs.getString("intention")),
                        rs.getLong("households"),
                        rs.getLong("persons")))
                .list();
    }

    private static ReturnIntention intention(ResultSet rs) throws SQLException {
        return new ReturnIntention(
                rs.getLong("id"),
                rs.getObject("household_id", UUID.class),
                IntentionAnswer.valueOf(rs.getString("intention")),
                rs.getString("destination_pcode"),
                conditions(rs.getArray("conditions")),
                rs.getBoolean("go_and_see_first"),
                rs.getObject("stated_on", LocalDate.class),
                IntentionSource.valueOf(rs.getString("source")),
                rs.getObject("import_id", UUID.class),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static List<IntentionCondition> conditions(Array array) throws SQLException {
        List<IntentionCondition> conditions = new ArrayList<>();
        for (Object name : (Object[]) array.getArray()) {
            conditions.add(IntentionCondition.valueOf((String) name));
        }
        return conditions;
    }
}
