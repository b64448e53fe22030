package org.homeward.database;

import org.flywaydb.core.api.callback.Callback;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the migrations as the owner role, and after each run grants the application role what it
 * needs on whatever the migrations made (see {@link ApplicationRoleGrants}).
 */
@Configuration(proxyBeanMethods = false)
class OwnerMigrations {

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(MaintenanceDatabase maintenance) {
        return configuration -> configuration.dataSource(maintenance.dataSource());
    }

    @Bean
    Callback applicationRoleGrants(MaintenanceDatabase maintenance) {
        return new ApplicationRoleGrants(maintenance);
    }
}
