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
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Connects to the embedded database of a data directory as an outside client, for tests. */
public final class PostgresClient {

    private PostgresClient() {}

    public static Connection connect(Path dataDirectory) throws IOException, SQLException {
        int port = PostmasterPidFile.read(dataDirectory.resolve("postgres"))
                .orElseThrow()
                .port();
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedDatabase.SUPERUSER);
        properties.setProperty(
                "password",
                Files.readString(dataDirectory.resolve("database-password")).trim());
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE_NAME, properties);
    }

    /**
     * The embedded database's superuser, for tests that take the position of someone holding its
     * password (an attacker, or a test that must write the system catalogue).
     */
    public static JdbcClient superuser(Path dataDirectory) throws IOException {
        return JdbcClient.create(superuserDataSource(dataDirectory));
    }

    /** Connections as the embedded database's superuser, a new one each time. */
    public static DataSource superuserDataSource(Path dataDirectory) throws IOException {
        int port = PostmasterPidFile.read(dataDirectory.resolve("postgres"))
                .orElseThrow()
                .port();
        return new DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + port + "/" + EmbeddedDatabase.DATABASE_NAME,
                EmbeddedDatabase.SUPERUSER,
                Files.readString(dataDirectory.resolve("database-password")).trim());
    }

    public static long count(Path dataDirectory, String sql) throws IOException, SQLException {
        try (Connection connection = connect(dataDirectory);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Whether a server process named in the data directory's postmaster.pid is alive. */
    public static boolean serverAlive(Path dataDirectory) {
        return PostmasterPidFile.read(dataDirectory.resolve("postgres"))
                .map(PostmasterPidFile::isAlive)
                .orElse(false);
    }
}
