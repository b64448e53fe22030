package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where statistics learn the condition of destination areas: implemented by the conditions
 * feature as a Spring bean. Until one exists, returns by area condition are not published.
 */
public interface AreaConditionGroups {

    /** The groups in the order they are published, such as RED, AMBER, UNKNOWN, GREEN. */
    List<String> groups();

    /** The group of every sub-district (by P-code) on the day; a sub-district left out counts in the last group. */
    Map<String, String> groupsOn(LocalDate day);
}
