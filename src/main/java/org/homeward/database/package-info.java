/**
 * The database Homeward runs on: an embedded PostgreSQL in the data directory by default, or an
 * external PostgreSQL server when {@code spring.datasource.url} is set. Owns start, orphan
 * recovery, durability settings and local access control of the embedded server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.homeward.database;
