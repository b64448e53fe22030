package db.migration;

import db.migration.v19.V19NameKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Writes the name keys of every individual again, now tagged with the part of the name chain they
 * come from and with spelling-variant keys beside the skeletons, so that search can rank by the chain.
 * Both name indexes are dropped while the keys are rewritten and built once at the end: every row is
 * written anew, and updating the two GIN indexes row by row would cost several times as much (at a
 * million individuals the rewrite still takes minutes; see docs/benchmarks.md). The key rules are a frozen
 * copy ({@link V19NameKeys}), so that what this migration writes does not change when the live rules do.
 */
public class V19__name_keys_by_chain_part extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS individual_name_keys");
            statement.execute("DROP INDEX IF EXISTS individual_search_text");
        }
        try (Statement read = connection.createStatement();
                PreparedStatement write =
                        connection.prepareStatement("UPDATE individual SET name_keys = ? WHERE id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery("""
                    SELECT id, given_name_ar, father_name_ar, grandfather_name_ar, family_name_ar,
                        given_name_latin, father_name_latin, grandfather_name_latin, family_name_latin
                    FROM individual WHERE erased_at IS NULL""")) {
                while (rows.next()) {
                    String[] arabic = {rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)};
                    String[] latin = {rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9)};
                    write.setArray(1, connection.createArrayOf("text", V19NameKeys.of(arabic, latin)));
                    write.setObject(2, rows.getObject(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
            statement.execute("CREATE INDEX individual_name_keys ON individual USING gin (name_keys)");
            statement.execute("CREATE INDEX individual_search_text ON individual USING gin (search_text gin_trgm_ops)");
        }
    }
}
