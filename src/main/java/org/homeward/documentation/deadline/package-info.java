/**
 * The deadline engine in plain Java: dated rules per jurisdiction (time limits counted from an
 * event, waivers covering events within given dates, pauses that stop every clock for a while)
 * turned into the due day and days left of one step. Nothing here knows Spring, JDBC, JSON or the
 * web; rules come in as records and deadlines go out as records.
 */
package org.homeward.documentation.deadline;
