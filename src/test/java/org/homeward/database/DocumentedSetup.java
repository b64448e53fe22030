package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A separately started PostgreSQL server set up for Homeward exactly as {@code docs/security.md} tells an
 * operator to: the test runs that document's SQL block, with the two roles' passwords it is given.
 */
final class DocumentedSetup {

    private DocumentedSetup() {}

    static void run(SeparatePostgresServer postgres, String ownerPassword, String applicationPassword)
            throws Exception {
        Connection connection = postgres.connectAsSuperuser("postgres");
        try {
            for (String statement : statements(ownerPassword, applicationPassword)) {
                Matcher connect = Pattern.compile("\\\\connect (\\w+)").matcher(statement);
                if (connect.matches()) {
                    connection.close();
                    connection = postgres.connectAsSuperuser(connect.group(1));
                } else {
                    try (Statement sql = connection.createStatement()) {
                        sql.execute(statement);
                    }
                }
            }
        } finally {
            connection.close();
        }
    }

    private static List<String> statements(String ownerPassword, String applicationPassword) throws IOException {
        Matcher block = Pattern.compile("\\*\\*External server\\.\\*\\*.*?```sql\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/security.md")));
        assertThat(block.find()).isTrue();
        List<String> statements = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            String statement = line.strip().replaceAll(";$", "");
            if (!statement.isEmpty()) {
                statements.add(
                        statement.startsWith("CREATE ROLE homeward_owner")
                                ? statement.replace("'...'", "'" + ownerPassword + "'")
                                : statement.replace("'...'", "'" + applicationPassword + "'"));
            }
        }
        return statements;
    }
}
