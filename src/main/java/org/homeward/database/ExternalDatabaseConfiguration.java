package org.homeward.database;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The owner role of an external PostgreSQL server ({@code HOMEWARD_DATABASE_OWNER_USERNAME} and
 * {@code _PASSWORD}), for migrations and maintenance; the application's pool is Spring Boot's own,
 * as {@code HOMEWARD_DATABASE_USERNAME}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${spring.datasource.url:}'.isEmpty()")
class ExternalDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseConfiguration.class);

    @Bean
    MaintenanceDatabase maintenanceDatabase(
            DataSource application,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String applicationUsername,
            @Value("${homeward.database.owner-username:}") String ownerUsername,
            @Value("${homeward.database.owner-password:}") String ownerPassword) {
        if (ownerUsername.isBlank() || ownerUsername.equals(applicationUsername)) {
            log.warn(
                    "No separate database owner role (HOMEWARD_DATABASE_OWNER_USERNAME): the application role runs the "
                            + "migrations and owns the tables, so the audit trail is only as safe as its password");
            return new MaintenanceDatabase(application, applicationUsername, false);
        }
        return new MaintenanceDatabase(
                new DriverManagerDataSource(url, ownerUsername, ownerPassword), applicationUsername, true);
    }
}
