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

/** Stores evidence files: their description in columns, their content as ciphertext only. */
@Repository
class EvidenceRepository {

    private static final String COLUMNS =
            "id, household_id, case_id, step_id, locker_document_id, locker_version, title, "
                    + "media_type, size_bytes, sha256, key_id, added_at, added_by, erased_at, erased_by";
    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceFile file, byte[] ciphertext) {
        jdbc.sql("INSERT INTO evidence_file (" + COLUMNS + ", ciphertext) VALUES (:id, :household, :case, :step, "
                        + ":locker, :version, :title, :mediaType, :size, :sha256, :keyId, :addedAt, :addedBy, NULL, NULL, "
                        + ":ciphertext)")
                .param("id", file.id())
                .param("household", file.householdId())
                .param("case", file.caseId())
                .param("step", file.stepId())
                .param("locker", file.lockerDocumentId())
                .param("version", file.lockerVersion())
                .param("title", file.title())
                .param("mediaType", file.mediaType())
                .param("size", file.sizeBytes())
                .param("sha256", file.sha256())
                .param("keyId", file.keyId())
                .param("addedAt", Timestamp.from(file.addedAt()))
                .param("addedBy", file.addedBy())
                .param("ciphertext", ciphertext)
                .update();
    }

    Optional<EvidenceFile> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE id = :id")
                .param("id", id)
                .query(EvidenceRepository::file)
                .optional();
    }

    byte[] ciphertext(UUID id) {
        return jdbc.sql("SELECT ciphertext FROM evidence_file WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    List<EvidenceFile> ofHousehold(UUID householdId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE household_id = :household "
                        + "ORDER BY added_at DESC, id")
                .param("household", householdId)
                .query(EvidenceRepository::file)
                .list();
    }

    List<EvidenceFile> ofCase(UUID caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE case_id = :case ORDER BY added_at, id")
                .param("case", caseId)
                .query(EvidenceRepository::file)
                .list();
    }

    List<EvidenceFile> ofLockerDocument(UUID documentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence_file WHERE locker_document_id = :document "
                        + "ORDER BY locker_version DESC")
                .param("document", documentId)
                .query(EvidenceRepository::file)
                .list();
    }

    /** Up to {@code limit} files whose ciphertext is under another key than the given one. */
    List<UUID> underOtherKeys(long keyId, int limit) {
        return jdbc.sql("SELECT id FROM evidence_file WHERE key_id <> :key AND erased_at IS NULL ORDER BY added_at, id "
                        + "LIMIT :limit")
                .param("key", keyId)
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    long countUnderOtherKeys(long keyId) {
        return jdbc.sql("SELECT count(*) FROM evidence_file WHERE key_id <> :key AND erased_at IS NULL")
                .param("key", keyId)
                .query(Long.class)
                .single();
    }

    /** Replaces a file's ciphertext with one under another key, if it is still under the old one. */
    boolean reencrypted(UUID id, long oldKeyId, byte[] ciphertext, long keyId, Instant at) {
        return jdbc.sql("UPDATE evidence_file SET ciphertext = :ciphertext, key_id = :key, reencrypted_at = :at "
                                + "WHERE id = :id AND key_id = :old")
                        .param("ciphertext", ciphertext)
                        .param("key", keyId)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("old", oldKeyId)
                        .update()
                == 1;
    }

    /**
     * Erases the content and title of the files gathered for the cases about one member of a
     * household; answers the files as they were before, for the chain of custody.
     */
    List<EvidenceFile> eraseAbout(UUID householdId, UUID individualId, String by, Instant at) {
        List<EvidenceFile> about = jdbc.sql(
                        "SELECT " + COLUMNS + " FROM evidence_file WHERE household_id = :householdId "
                                + "AND erased_at IS NULL AND case_id IN (SELECT id FROM documentation_case "
                                + "WHERE household_id = :householdId AND individual_id = :individualId) ORDER BY added_at, id FOR UPDATE")
                .param("householdId", householdId)
                .param("individualId", individualId)
                .query(EvidenceRepository::file)
                .list();
        if (!about.isEmpty()) {
            jdbc.sql("UPDATE evidence_file SET ciphertext = NULL, title = :title, erased_at = :at, erased_by = :by "
                            + "WHERE id = ANY(CAST(:ids AS uuid[]))")
                    .param("title", EvidenceFile.ERASED_TITLE)
                    .param("at", Timestamp.from(at))
                    .param("by", by)
                    .param(
                            "ids",
                            about.stream().map(file -> file.id().toString()).toArray(String[]::new))
                    .update();
        }
        return about;
    }

    private static EvidenceFile file(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(
                rs.getObject("id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("step_id", UUID.class),
                rs.getObject("locker_document_id", UUID.class),
                (Integer) rs.getObject("locker_version"),
                rs.getString("title"),
                rs.getString("media_type"),
                rs.getInt("size_bytes"),
                rs.getString("sha256"),
                rs.getLong("key_id"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getString("added_by"),
                rs.getTimestamp("erased_at") == null
                        ? null
                        : rs.getTimestamp("erased_at").toInstant(),
                rs.getString("erased_by"));
    }
}
