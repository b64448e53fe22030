package org.homeward.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the data is: the embedded database's directory, or an external PostgreSQL server. */
class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory of the embedded database (default: $HOMEWARD_DATA_DIR or ./homeward-data).")
    Path dataDirectory;

    @Option(names = "--database-url", paramLabel = "JDBC_URL",
            description = "Use this external PostgreSQL server instead (default: $HOMEWARD_DATABASE_URL); "
                    + "user and password come from $HOMEWARD_DATABASE_USERNAME and $HOMEWARD_DATABASE_PASSWORD.")
    String databaseUrl;

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
