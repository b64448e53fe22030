package org.homeward.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Homeward keeps its data when it runs on the embedded database.
 *
 * @param dataDir         the data directory ({@code --data-dir} or {@code HOMEWARD_DATA_DIR})
 * @param attachToRunning whether to use the database of another Homeward running on the same data
 *                        directory (CLI commands) rather than refuse (a second {@code serve})
 */
@ConfigurationProperties("homeward")
record DatabaseProperties(Path dataDir, boolean attachToRunning) {
    public DatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("homeward-data");
        }
    }
}
