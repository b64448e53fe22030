/**
 * The Humanitarian Exchange Language (HXL 1.1) as Homeward writes it: hashtags with attributes,
 * a tagged CSV writer and a validator that names the row and column of every problem. Plain Java.
 * Published to other features (movements reads the hashtag rows of imported surveys with it).
 */
@org.springframework.modulith.NamedInterface("hxl")
package org.homeward.statistics.hxl;
