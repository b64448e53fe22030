package db.migration;

import db.migration.v4_1.V41NameKeys;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the cross-script search keys of individuals registered before they existed, by the key rules
 * of its day kept in {@code db.migration.v4_1} (a migration's result must not follow later rules).
 */
public class V4_1__linkage_name_keys extends BaseJavaMigration {

    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
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
                    Set<String> keys = V41NameKeys.of(
                            new String[] {rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)},
                            new String[] {rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9)});
                    Array array = connection.createArrayOf("text", keys.toArray());
                    write.setArray(1, array);
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
    }
}
