package org.homeward.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The figures' database: a small read-only pool to the replica when one is configured. The pool is
 * kept inside {@link FiguresDatabase} rather than published as a {@code DataSource} bean, so that
 * Spring Boot's own pool, transactions, migrations and readiness check stay on the primary alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

    @Bean(destroyMethod = "close")
    FiguresDatabase figuresDatabase(
            DataSource primary,
            JdbcClient jdbc,
            ReplicaProperties replica,
            Clock clock,
            @Value("${spring.datasource.url:}") String primaryUrl) {
        if (!replica.configured()) {
            return FiguresDatabase.primaryOnly(jdbc);
        }
        if (replica.username() == null || replica.username().isBlank()) {
            throw new SettingException(
                    "HOMEWARD_REPLICA_URL",
                    "set, but no role to read the replica as",
                    "Set HOMEWARD_REPLICA_USERNAME and HOMEWARD_REPLICA_PASSWORD to a role of the replica"
                            + (primaryUrl.isBlank() ? " (the embedded database's roles are not a replica's)" : "")
                            + ", or unset HOMEWARD_REPLICA_URL.");
        }
        HikariDataSource pool = new HikariDataSource(pool(replica));
        ReplicaFallback connections = new ReplicaFallback(pool, primary, clock, replica.retryAfter());
        return FiguresDatabase.replicated(
                connections, new ReplicaLag(jdbc, connections, clock, replica.lagWarning()), pool);
    }

    /** {@code homeward_replica_lag_seconds}: how far the figures are behind the primary; only with a replica. */
    @Bean
    MeterBinder replicaLagMetrics(FiguresDatabase figures) {
        return meters -> {
            if (figures.replicated()) {
                Gauge.builder(
                                "homeward.replica.lag",
                                figures,
                                database -> database.asOf()
                                        .map(asOf -> asOf.fromPrimary() ? -1.0 : (double) asOf.lagSeconds())
                                        .orElse(-1.0))
                        .baseUnit("seconds")
                        .description("Seconds the figures replica is behind the primary (-1: unknown or not answering)")
                        .register(meters);
            }
        };
    }

    private static HikariConfig pool(ReplicaProperties replica) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(replica.url());
        config.setUsername(replica.username());
        config.setPassword(replica.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(replica.poolSize());
        config.setMinimumIdle(1);
        // Fail fast and fall back to the primary; start even when the replica is down.
        config.setConnectionTimeout(3_000);
        config.setInitializationFailTimeout(-1);
        config.setPoolName("homeward-replica");
        config.addDataSourceProperty("ApplicationName", "homeward-figures");
        return config;
    }
}
