package org.homeward.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Starts the embedded PostgreSQL when no external database is configured
 * ({@code spring.datasource.url} or {@code HOMEWARD_DATABASE_URL} empty).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    /** The embedded server; the data directory is emptied first only where test configuration asks for it. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseProperties properties, ObjectProvider<DataDirectoryWipe> wipe) {
        boolean clean = wipe.getIfAvailable(() -> () -> false).wanted();
        return EmbeddedDatabase.acquire(properties.dataDir(), properties.attachToRunning(), clean);
    }

    /** The application's pool, as the application role that owns nothing. */
    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("homeward");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", "homeward");
        return new HikariDataSource(config);
    }

    @Bean
    MaintenanceDatabase maintenanceDatabase(EmbeddedDatabase database) {
        // Unpooled: used at start-up and around large imports only.
        DriverManagerDataSource owner =
                new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(), database.ownerPassword());
        return new MaintenanceDatabase(owner, database.username(), true);
    }
}
