/**
 * Small-cell protection in plain Java: primary suppression of small counts and secondary
 * suppression, on a table with its totals, until no hidden count can be worked out from what is
 * published. Nothing here knows Spring, JDBC or the web. Published to other features, so that
 * every table of counts about people goes through the same protection.
 */
@org.springframework.modulith.NamedInterface("suppression")
package org.homeward.statistics.suppression;
