/**
 * Small-cell protection in plain Java: primary suppression of small counts and secondary
 * suppression, on a table with its totals, until no hidden count can be worked out from what is
 * published. Nothing here knows Spring, JDBC or the web. Other features publishing counts (documentation's
 * figures) protect them with it, so it is a named interface of the statistics module.
 */
@org.springframework.modulith.NamedInterface("suppression")
package org.homeward.statistics.suppression;
