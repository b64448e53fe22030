/**
 * The Humanitarian Exchange Language (HXL 1.1) as Homeward writes it: hashtags with attributes,
 * a tagged CSV writer and a validator that names the row and column of every problem. Plain Java.
 */
package org.homeward.statistics.hxl;
