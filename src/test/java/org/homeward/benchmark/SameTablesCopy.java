package org.homeward.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The reference that prices PostgreSQL's own share of an import: the rows the import wrote, taken
 * out of the tables, the tables emptied, and the same rows put back with COPY into the same tables
 * with their indexes, constraints and triggers, in batches of as many households as the import's.
 *
 * <p>Like the import, each batch writes its households, members and history events in one
 * transaction, and the documentation proposals of the batch in a second one; the two name indexes
 * are set aside while the rows go in and built again at the end (without CONCURRENTLY: PostgreSQL's
 * cheapest way, where the import builds them concurrently so that searches go on).
 */
final class SameTablesCopy {

    /** A table the import writes, the columns it writes, and where the household's id sits among them. */
    record Table(String name, String columns, int householdColumn, String order) {}

    static final List<Table> TABLES = List.of(
            new Table(
                    "household",
                    "id, reference, import_key, registration_site, return_type, origin_country, origin_location,"
                            + " crossing_point, destination_pcode, planned_date, returned_on, journey_status, version,"
                            + " registered_at, registered_by, updated_at, consent_purposes, consent_partners,"
                            + " consent_given_by, consent_method, consent_recorded_at",
                    0,
                    "id"),
            new Table(
                    "individual",
                    "id, household_id, import_key, position, principal, relationship, given_name_ar,"
                            + " given_name_latin, father_name_ar, father_name_latin, grandfather_name_ar,"
                            + " grandfather_name_latin, family_name_ar, family_name_latin, sex, birth_date,"
                            + " birth_date_precision, phone, document_type, document_number, place_of_origin,"
                            + " specific_needs, search_text, name_keys, nationality, birth_country, birth_place,"
                            + " birth_town",
                    1,
                    "household_id, position"),
            new Table(
                    "household_event",
                    "household_id, occurred_at, actor, type, reason, details",
                    0,
                    "household_id, id"),
            new Table(
                    "documentation_proposal",
                    "id, household_id, individual_id, case_type, jurisdiction, gap, registration_site,"
                            + " destination_pcode, event_date, proposed_at",
                    1,
                    "household_id, id"));

    /** The indexes a large first import sets aside and builds again (NameIndexes), set aside here too. */
    private static final List<String> NAME_INDEXES = List.of(
            "individual_search_text",
            "individual_name_keys",
            "individual_given_key_order",
            "individual_name_pair_order");

    private final DataSource owner;
    private final Path folder;

    /** The owner's data source: emptying tables and dropping indexes need the owner. */
    SameTablesCopy(DataSource owner, Path folder) {
        this.owner = owner;
        this.folder = folder;
    }

    /** Rows taken out of each table, in the order they go back. */
    Map<String, Long> capture() throws SQLException, IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = owner.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Table table : TABLES) {
                try (Writer out = Files.newBufferedWriter(file(table))) {
                    counts.put(
                            table.name(),
                            copy.copyOut(
                                    "COPY (SELECT " + table.columns() + " FROM " + table.name() + " ORDER BY "
                                            + table.order() + ") TO STDOUT",
                                    out));
                }
            }
        }
        return counts;
    }

    /** Empties the tables the import wrote (and what hangs on them), so the same rows can go in again. */
    void empty() throws SQLException {
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            // The name search's ordered keys hang on individual by triggers, not by foreign keys.
            statement.execute("TRUNCATE household, individual, household_event, documentation_proposal,"
                    + " individual_given_key, individual_name_pair CASCADE");
        }
    }

    /** Puts the captured rows back, timed by the caller: batches of {@code batchSize} households. */
    void copyBack(int batchSize) throws SQLException, IOException {
        List<String> indexDefinitions = setNameIndexesAside();
        List<BufferedReader> readers = new ArrayList<>();
        try (Connection connection = owner.getConnection()) {
            for (Table table : TABLES) {
                readers.add(Files.newBufferedReader(file(table)));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String[] pending = new String[TABLES.size()];
            List<String> households = new ArrayList<>(batchSize);
            String line;
            while ((line = nextHouseholds(readers.get(0), batchSize, households)) != null) {
                String last = line;
                connection.setAutoCommit(false);
                copy.copyIn(copyStatement(TABLES.get(0)), new StringReader(String.join("\n", households) + "\n"));
                for (int t = 1; t < TABLES.size(); t++) {
                    if (t == TABLES.size() - 1) {
                        connection.commit(); // the import proposes cases after the batch's commit
                    }
                    Table table = TABLES.get(t);
                    copy.copyIn(copyStatement(table), rowsUpTo(readers.get(t), table, last, pending, t));
                }
                connection.commit();
                connection.setAutoCommit(true);
            }
        } finally {
            for (BufferedReader reader : readers) {
                reader.close();
            }
        }
        buildAgain(indexDefinitions);
    }

    private static String copyStatement(Table table) {
        return "COPY " + table.name() + " (" + table.columns() + ") FROM STDIN";
    }

    /** Reads the next batch of household rows; answers the last household's id, or null at the end. */
    private static String nextHouseholds(BufferedReader reader, int batchSize, List<String> rows) throws IOException {
        rows.clear();
        String row;
        while (rows.size() < batchSize && (row = reader.readLine()) != null) {
            rows.add(row);
        }
        return rows.isEmpty() ? null : field(rows.get(rows.size() - 1), 0);
    }

    /** The rows of a table that belong to households up to the given one (ids sort as the rows were read). */
    private static Reader rowsUpTo(BufferedReader reader, Table table, String lastHousehold, String[] pending, int t)
            throws IOException {
        StringBuilder rows = new StringBuilder();
        String row = pending[t] != null ? pending[t] : reader.readLine();
        pending[t] = null;
        while (row != null) {
            if (field(row, table.householdColumn()).compareTo(lastHousehold) > 0) {
                pending[t] = row;
                break;
            }
            rows.append(row).append('\n');
            row = reader.readLine();
        }
        return new StringReader(rows.toString());
    }

    private static String field(String row, int index) {
        int start = 0;
        for (int i = 0; i < index; i++) {
            start = row.indexOf('\t', start) + 1;
        }
        int end = row.indexOf('\t', start);
        return end < 0 ? row.substring(start) : row.substring(start, end);
    }

    private List<String> setNameIndexesAside() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            for (String index : NAME_INDEXES) {
                try (ResultSet found =
                        statement.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = '" + index + "'")) {
                    if (!found.next()) {
                        throw new IllegalStateException("index " + index + " is missing after the import");
                    }
                    definitions.add(found.getString(1));
                }
                statement.execute("DROP INDEX " + index);
            }
        }
        return definitions;
    }

    private void buildAgain(List<String> definitions) throws SQLException {
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '256MB'"); // as the import builds them
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    private Path file(Table table) {
        return folder.resolve("same-tables-" + table.name() + ".tsv");
    }
}
