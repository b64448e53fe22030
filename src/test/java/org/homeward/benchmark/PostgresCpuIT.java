package org.homeward.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.homeward.HomewardTest;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks' account of PostgreSQL's CPU keeps the time of connections that have ended: the
 * import's pooled connections are retired during a long run, and their work is PostgreSQL's share too.
 */
@HomewardTest
class PostgresCpuIT {

    @Test
    void theCpuOfAConnectionThatHasEndedStillCounts() throws Exception {
        Path data = Path.of(HomewardTest.DATA_DIR);
        double before = PostgresCpu.seconds(data);
        assertThat(before).as("read from /proc").isGreaterThanOrEqualTo(0);
        int backend;
        try (Connection connection = PostgresClient.connect(data);
                Statement statement = connection.createStatement()) {
            var answer = statement.executeQuery("SELECT pg_backend_pid()");
            answer.next();
            backend = answer.getInt(1);
            statement.execute("SELECT count(*) FROM generate_series(1, 20000000)");
        }
        // The connection's backend ends shortly after the close; only then is its time the postmaster's to tell.
        Path process = Path.of("/proc", Integer.toString(backend));
        for (int wait = 0; wait < 100 && java.nio.file.Files.exists(process); wait++) {
            Thread.sleep(100);
        }
        assertThat(process).as("the backend has ended").doesNotExist();
        Thread.sleep(200);
        double after = PostgresCpu.seconds(data);
        assertThat(after - before)
                .as("counting 20 million rows costs PostgreSQL well over half a second of CPU, kept after the close")
                .isGreaterThan(0.5);
    }
}
