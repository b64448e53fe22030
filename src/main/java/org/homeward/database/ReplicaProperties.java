package org.homeward.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The optional read replica that figures are read from ({@code HOMEWARD_REPLICA_URL} and its role);
 * without a URL every read goes to the primary database as before.
 *
 * @param url        JDBC URL of a streaming replica (hot standby) of the primary; empty: no replica
 * @param username   the role figures are read as; the primary's application role when not given
 * @param password   that role's password, from the environment only
 * @param lagWarning how far behind the primary the replica may be before pages and exports warn
 * @param retryAfter how long figures are read from the primary after the replica failed to answer
 * @param poolSize   connections kept to the replica (figures are few readers; the primary keeps its pool)
 */
@ConfigurationProperties("homeward.replica")
record ReplicaProperties(
        String url, String username, String password, Duration lagWarning, Duration retryAfter, Integer poolSize) {

    ReplicaProperties {
        url = url == null ? "" : url.strip();
        lagWarning = lagWarning == null ? Duration.ofMinutes(5) : lagWarning;
        retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
        poolSize = poolSize == null || poolSize < 1 ? 3 : poolSize;
    }

    boolean configured() {
        return !url.isEmpty();
    }
}
