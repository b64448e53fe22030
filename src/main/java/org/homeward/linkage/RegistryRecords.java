package org.homeward.linkage;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.homeward.linkage.engine.LinkageDate;
import org.homeward.linkage.engine.LinkageRecord;
import org.homeward.registry.NameChain;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the registry's individuals as the linkage engine sees them. It streams the registry's read-only
 * contract views ({@code registry_individual_v}, {@code registry_household_v}), because a million
 * individuals cannot pass through the audited, per-household service calls.
 */
@Repository
class RegistryRecords {

    /** One registered individual with where the household was registered and is going (for scopes). */
    record Registered(LinkageRecord record, String site, String destination, boolean erased) {}

    private static final String SELECT = """
            SELECT i.id, i.household_id, i.given_name_ar, i.given_name_latin, i.father_name_ar, i.father_name_latin,
                i.grandfather_name_ar, i.grandfather_name_latin, i.family_name_ar, i.family_name_latin, i.sex,
                i.birth_date, i.birth_date_precision, i.phone, i.document_number, i.place_of_origin,
                h.registration_site, h.destination_pcode, i.erased_at IS NOT NULL AS erased
            FROM registry_individual_v i JOIN registry_household_v h ON h.id = i.household_id""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    RegistryRecords(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * Every individual, one at a time, read through a cursor 5,000 rows at a time. PostgreSQL's driver
     * honours the fetch size only inside a transaction; outside one it holds the whole result in memory
     * (gigabytes at 10 million individuals). The read has a connection of its own, not the thread's, so
     * that what the consumer writes meanwhile (a run's progress) commits at once, seen by other servers.
     */
    void forEach(Consumer<Registered> consumer) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE i.erased_at IS NULL")) {
                statement.setFetchSize(5_000);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(registered(rs));
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failure) {
            throw new DataAccessResourceFailureException("Could not read the registry's individuals", failure);
        }
    }

    /** How many individuals {@link #forEach} will give, as of now. */
    long count() {
        return jdbc.sql("SELECT count(*) FROM registry_individual_v WHERE erased_at IS NULL")
                .query(Long.class)
                .single();
    }

    /** The numbers of the registry's changes after {@code after} and inside the gaps not seen yet. */
    List<Long> changeIds(long after, List<ChangePosition.Gap> gaps) {
        return changes("SELECT id FROM registry_household_change_v WHERE ", after, gaps)
                .query(Long.class)
                .list();
    }

    /** The individuals (erased ones too) of the households those changes touched. */
    List<Registered> changedAt(long after, List<ChangePosition.Gap> gaps) {
        return changes(
                        SELECT
                                + " WHERE i.household_id IN (SELECT household_id FROM registry_household_change_v WHERE ",
                        after,
                        gaps,
                        ")")
                .query((rs, n) -> registered(rs))
                .list();
    }

    private JdbcClient.StatementSpec changes(String head, long after, List<ChangePosition.Gap> gaps, String... tail) {
        StringBuilder sql = new StringBuilder(head).append("(id > :after");
        for (int i = 0; i < gaps.size(); i++) {
            sql.append(" OR id BETWEEN :from").append(i).append(" AND :to").append(i);
        }
        sql.append(')').append(String.join("", tail));
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("after", after);
        for (int i = 0; i < gaps.size(); i++) {
            statement = statement
                    .param("from" + i, gaps.get(i).from())
                    .param("to" + i, gaps.get(i).to());
        }
        return statement;
    }

    /** The individuals of one household as they stand, erased ones left out. */
    List<Registered> ofHousehold(java.util.UUID householdId) {
        return jdbc.sql(SELECT + " WHERE i.household_id = :household AND i.erased_at IS NULL")
                .param("household", householdId)
                .query((rs, n) -> registered(rs))
                .list();
    }

    /** The individuals with these ids that are not erased, by id (a check's few matches, read when shown). */
    Map<String, Registered> byIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Registered> found = new java.util.HashMap<>();
        jdbc.sql(SELECT + " WHERE i.id = ANY(CAST(:ids AS uuid[])) AND i.erased_at IS NULL")
                .param("ids", ids.toArray(String[]::new))
                .query((RowCallbackHandler) rs -> {
                    Registered registered = registered(rs);
                    found.put(registered.record().id(), registered);
                });
        return found;
    }

    /** The newest history event: the registry's change counter. */
    long lastEventId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM registry_household_change_v")
                .query(Long.class)
                .single();
    }

    static Registered registered(ResultSet rs) throws SQLException {
        NameChain names = NameChain.of(
                rs.getString("given_name_ar"),
                rs.getString("given_name_latin"),
                rs.getString("father_name_ar"),
                rs.getString("father_name_latin"),
                rs.getString("grandfather_name_ar"),
                rs.getString("grandfather_name_latin"),
                rs.getString("family_name_ar"),
                rs.getString("family_name_latin"));
        LinkageRecord record = EngineNames.named(LinkageRecord.builder(rs.getString("id")), names)
                .householdId(rs.getString("household_id"))
                .sex(rs.getString("sex"))
                .birthDate(birthDate(rs.getDate("birth_date"), rs.getString("birth_date_precision")))
                .phone(rs.getString("phone"))
                .document(rs.getString("document_number"))
                .place(rs.getString("place_of_origin"))
                .site(rs.getString("registration_site"))
                .build();
        return new Registered(
                record, rs.getString("registration_site"), rs.getString("destination_pcode"), rs.getBoolean("erased"));
    }

    static LinkageDate birthDate(Date date, String precision) {
        if (date == null) {
            return LinkageDate.UNKNOWN;
        }
        LocalDate day = date.toLocalDate();
        return switch (precision) {
            case "DAY" -> LinkageDate.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
            case "MONTH" -> LinkageDate.of(day.getYear(), day.getMonthValue(), 0);
            case "YEAR" -> LinkageDate.of(day.getYear(), 0, 0);
            default -> LinkageDate.UNKNOWN;
        };
    }
}
