package org.homeward.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Connects to the embedded database of a data directory as an outside client, for tests. */
public final class PostgresClient {

    private PostgresClient() {
    }

    public static Connection connect(Path dataDirectory) throws IOException, SQLException {
        int port = PostmasterPidFile.read(dataDirectory.resolve("postgres")).orElseThrow().port();
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.SUPERUSER);
        properties.setProperty("password", Files.readString(dataDirectory.resolve("database-password")).trim());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE_NAME,
                properties);
    }

    public static long count(Path dataDirectory, String sql) throws IOException, SQLException {
        try (Connection connection = connect(dataDirectory); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Whether a server process named in the data directory's postmaster.pid is alive. */
    public static boolean serverAlive(Path dataDirectory) {
        return PostmasterPidFile.read(dataDirectory.resolve("postgres")).map(PostmasterPidFile::isAlive).orElse(false);
    }
}
