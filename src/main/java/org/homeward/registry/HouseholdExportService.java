package org.homeward.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the registry back in the interchange layout (CSV or XLSX), streaming, so that an export
 * imported into an empty registry gives the same households. Each export is in the audit trail
 * with every household it wrote.
 */
@Service
public class HouseholdExportService {

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;

    HouseholdExportService(JdbcTemplate jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Writes every household; answers the number of individuals written. */
    public long export(Path file, ExportFormat format, LongConsumer progress) throws IOException {
        return export(file, format, null, null, progress);
    }

    /**
     * Writes the households; with a partner, only those that consented to referral to that partner.
     * People erased at their request are left out: nothing of them is left to share. The export is
     * recorded as {@code EXPORT} by the actor (null: the signed-in user, or the system), even when it
     * fails half-way, since a part of a file can leak as well as a whole one.
     */
    @Transactional(readOnly = true)
    public long export(Path file, ExportFormat format, String partner, String actor, LongConsumer progress)
            throws IOException {
        Set<String> households = new LinkedHashSet<>();
        long[] count = {0};
        boolean complete = false;
        try {
            write(file, format, partner, progress, households, count);
            complete = true;
            return count[0];
        } finally {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("format", format.name());
            details.put("partner", partner == null ? "" : partner);
            details.put("individuals", count[0]);
            details.put("complete", complete);
            details.put("households", List.copyOf(households));
            AuditEntry entry = new AuditEntry(
                    RegistryAuditAction.EXPORT, "file", file.getFileName().toString(), null, details);
            if (actor == null) {
                audit.record(entry);
            } else {
                audit.record(entry, actor);
            }
        }
    }

    private void write(
            Path file, ExportFormat format, String partner, LongConsumer progress, Set<String> households, long[] count)
            throws IOException {
        try (InterchangeWriter writer = InterchangeWriter.create(file, format)) {
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(2000);
            // Each condition starts on a line of its own, so that it can never run into the clause before it.
            String consent = partner == null ? "" : """

                    AND 'REFERRAL' = ANY(h.consent_purposes)
                    AND EXISTS (SELECT 1 FROM unnest(h.consent_partners) p WHERE lower(p) = lower(?))""";
            Object[] arguments = partner == null ? new Object[0] : new Object[] {partner};
            streaming.query(
                    """
                    SELECT h.*, h.import_key AS household_key, i.*, i.import_key AS individual_key, i.id AS individual_id
                    FROM household h JOIN individual i ON i.household_id = h.id
                    WHERE i.erased_at IS NULL""" + consent + """

                    ORDER BY h.registered_at, h.id, i.position""",
                    rs -> {
                        writer.write(row(rs));
                        households.add(rs.getString("household_id"));
                        if (++count[0] % 10_000 == 0) {
                            progress.accept(count[0]);
                        }
                    },
                    arguments);
            progress.accept(count[0]);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public long count() {
        Long individuals = jdbc.queryForObject("SELECT count(*) FROM individual", Long.class);
        return individuals == null ? 0 : individuals;
    }

    private static List<String> row(ResultSet rs) throws SQLException {
        Household household = HouseholdRepository.household(rs);
        Individual member = HouseholdRepository.individual(rs);
        Journey journey = household.journey();
        String householdKey = rs.getString("household_key");
        String individualKey = rs.getString("individual_key");
        Map<String, Object> fields = HouseholdChanges.fields(member);
        List<String> cells = new ArrayList<>();
        cells.add(householdKey == null ? household.reference() : householdKey);
        cells.add(individualKey == null ? rs.getString("individual_id") : individualKey);
        cells.add(household.registrationSite());
        cells.add(journey.returnType().name());
        cells.add(journey.originCountry());
        cells.add(journey.originLocation());
        cells.add(journey.crossingPoint());
        cells.add(journey.destinationPcode());
        cells.add(journey.plannedDate() == null ? null : journey.plannedDate().toString());
        cells.add(journey.status().name());
        cells.add(
                household.registeredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        java.sql.Date returnedOn = rs.getDate("returned_on");
        cells.add(returnedOn == null ? null : returnedOn.toLocalDate().toString());
        consentCells(rs, cells);
        for (String field : List.of(
                "relationship",
                "givenNameAr",
                "givenNameLatin",
                "fatherNameAr",
                "fatherNameLatin",
                "grandfatherNameAr",
                "grandfatherNameLatin",
                "familyNameAr",
                "familyNameLatin",
                "sex",
                "birthDate",
                "phone",
                "documentType",
                "documentNumber",
                "placeOfOrigin")) {
            Object value = fields.get(field);
            cells.add(value == null ? null : value.toString());
        }
        cells.add(String.join(
                ";", member.specificNeeds().stream().map(SpecificNeed::code).toList()));
        cells.add(member.nationality());
        cells.add(member.birthCountry());
        cells.add(member.birthPlace());
        cells.add(member.birthTown());
        return cells;
    }

    /** The household's recorded consent; five empty cells for a household never asked. */
    private static void consentCells(ResultSet rs, List<String> cells) throws SQLException {
        java.sql.Timestamp recordedAt = rs.getTimestamp("consent_recorded_at");
        if (recordedAt == null) {
            for (int i = 0; i < 5; i++) {
                cells.add(null);
            }
            return;
        }
        cells.add(String.join(
                ";",
                java.util.Arrays.stream(
                                (Object[]) rs.getArray("consent_purposes").getArray())
                        .map(String::valueOf)
                        .map(Purpose::valueOf)
                        .sorted()
                        .map(Enum::name)
                        .toList()));
        cells.add(String.join(
                ";",
                java.util.Arrays.stream(
                                (Object[]) rs.getArray("consent_partners").getArray())
                        .map(String::valueOf)
                        .toList()));
        cells.add(rs.getString("consent_given_by"));
        cells.add(rs.getString("consent_method"));
        cells.add(recordedAt.toInstant().toString());
    }
}
