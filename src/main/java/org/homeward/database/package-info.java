/**
 * The database Homeward runs on: an embedded PostgreSQL in the data directory by default, or an
 * external PostgreSQL server when {@code spring.datasource.url} is set. Owns start, orphan
 * recovery, durability settings and local access control of the embedded server, and the two
 * roles Homeward connects as: the application role, which owns nothing, and the owner role for
 * migrations and the few maintenance statements that need ownership ({@link MaintenanceDatabase}).
 * Also keeps, once for every feature, the rule of jobs that run once across several servers on one
 * database ({@link ClaimedJobs}): the server's name in a job's row, its heartbeat, and taking over a job
 * whose server fell silent; each feature keeps the SQL of its own job table.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Database",
        allowedDependencies = {})
package org.homeward.database;
