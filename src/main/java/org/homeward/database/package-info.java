/**
 * The database Homeward runs on: an embedded PostgreSQL in the data directory by default, or an
 * external PostgreSQL server when {@code spring.datasource.url} is set. Owns start, orphan
 * recovery, durability settings and local access control of the embedded server, and the two
 * roles Homeward connects as: the application role, which owns nothing, and the owner role for
 * migrations and the few maintenance statements that need ownership ({@link MaintenanceDatabase}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.homeward.database;
