package org.homeward.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the registry back in the interchange layout (CSV or XLSX), streaming, so that an export
 * imported into an empty registry gives the same households.
 */
@Service
public class HouseholdExportService {

    private final JdbcTemplate jdbc;

    HouseholdExportService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes every household; answers the number of individuals written. */
    public long export(Path file, ExportFormat format, LongConsumer progress) throws IOException {
        return export(file, format, null, progress);
    }

    /**
     * Writes the households; with a partner, only those that consented to referral to that partner.
     * People erased at their request are left out: nothing of them is left to share.
     */
    @Transactional(readOnly = true)
    public long export(Path file, ExportFormat format, String partner, LongConsumer progress) throws IOException {
        try (InterchangeWriter writer = InterchangeWriter.create(file, format)) {
            long[] count = {0};
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(2000);
            // Each condition starts on a line of its own, so that it can never run into the clause before it.
            String consent = partner == null ? "" : """

                    AND 'REFERRAL' = ANY(h.consent_purposes)
                    AND EXISTS (SELECT 1 FROM unnest(h.consent_partners) p WHERE lower(p) = lower(?))""";
            Object[] arguments = partner == null ? new Object[0] : new Object[]{partner};
            streaming.query("""
                    SELECT h.*, h.import_key AS household_key, i.*, i.import_key AS individual_key, i.id AS individual_id
                    FROM household h JOIN individual i ON i.household_id = h.id
                    WHERE i.erased_at IS NULL""" + consent + """

                    ORDER BY h.registered_at, h.reference, i.position""", rs -> {
                writer.write(row(rs));
                if (++count[0] % 10_000 == 0) {
                    progress.accept(count[0]);
                }
            }, arguments);
            progress.accept(count[0]);
            return count[0];
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
        cells.add(household.registeredAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        java.sql.Date returnedOn = rs.getDate("returned_on");
        cells.add(returnedOn == null ? null : returnedOn.toLocalDate().toString());
        consentCells(rs, cells);
        for (String field : List.of("relationship", "givenNameAr", "givenNameLatin", "fatherNameAr", "fatherNameLatin",
                "grandfatherNameAr", "grandfatherNameLatin", "familyNameAr", "familyNameLatin", "sex", "birthDate",
                "phone", "documentType", "documentNumber", "placeOfOrigin")) {
            Object value = fields.get(field);
            cells.add(value == null ? null : value.toString());
        }
        cells.add(String.join(";", member.specificNeeds().stream().map(SpecificNeed::code).toList()));
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
        cells.add(String.join(";", java.util.Arrays.stream((Object[]) rs.getArray("consent_purposes").getArray())
                .map(String::valueOf).map(Purpose::valueOf).sorted().map(Enum::name).toList()));
        cells.add(String.join(";", java.util.Arrays.stream((Object[]) rs.getArray("consent_partners").getArray())
                .map(String::valueOf).toList()));
        cells.add(rs.getString("consent_given_by"));
        cells.add(rs.getString("consent_method"));
        cells.add(recordedAt.toInstant().toString());
    }
}
