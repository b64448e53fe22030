package org.homeward.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.homeward.database.ExternalDump;
import picocli.CommandLine.Option;

/** Where the data is: the embedded database's directory, or an external PostgreSQL server. */
class DatabaseOptions {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data directory of the embedded database (default: $HOMEWARD_DATA_DIR or ./homeward-data).")
    Path dataDirectory;

    @Option(
            names = "--database-url",
            paramLabel = "JDBC_URL",
            description = "Use this external PostgreSQL server instead (default: $HOMEWARD_DATABASE_URL); "
                    + "user and password come from $HOMEWARD_DATABASE_USERNAME and $HOMEWARD_DATABASE_PASSWORD.")
    String databaseUrl;

    /** The external server's JDBC address, from the option or the environment; null for the embedded database. */
    String externalUrl() {
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            return databaseUrl;
        }
        String fromEnvironment = System.getenv("HOMEWARD_DATABASE_URL");
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment;
    }

    /** The embedded database's data directory, from the option, the environment or the default. */
    Path embeddedDirectory() {
        if (dataDirectory != null) {
            return dataDirectory;
        }
        String fromEnvironment = System.getenv("HOMEWARD_DATA_DIR");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "homeward-data" : fromEnvironment);
    }

    /** PostgreSQL's client tools for an external server, with the credentials Homeward is configured with. */
    ExternalDump externalDump(String url) {
        String binaries = System.getenv("HOMEWARD_PG_BIN");
        // The schema owner reads and recreates every table; the application role cannot.
        String owner = System.getenv("HOMEWARD_DATABASE_OWNER_USERNAME");
        boolean asOwner = owner != null && !owner.isBlank();
        return new ExternalDump(
                url,
                asOwner ? owner : System.getenv("HOMEWARD_DATABASE_USERNAME"),
                System.getenv(asOwner ? "HOMEWARD_DATABASE_OWNER_PASSWORD" : "HOMEWARD_DATABASE_PASSWORD"),
                binaries == null || binaries.isBlank() ? null : Path.of(binaries));
    }

    /** The options as Spring Boot command-line properties. */
    List<String> asProperties() {
        List<String> properties = new ArrayList<>();
        if (dataDirectory != null) {
            properties.add("--homeward.data-dir=" + dataDirectory);
        }
        if (databaseUrl != null) {
            properties.add("--spring.datasource.url=" + databaseUrl);
        }
        return properties;
    }
}
