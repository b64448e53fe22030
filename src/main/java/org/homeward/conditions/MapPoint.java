package org.homeward.conditions;

/**
 * One sub-district on the conditions map.
 *
 * @param returns    returns registered into the area in the last twelve months, or null when the
 *                   count is hidden by small-cell protection
 * @param index      the index score, or null when no index indicator has a current value
 */
record MapPoint(
        String pcode,
        String name,
        double latitude,
        double longitude,
        String status,
        Integer index,
        Long returns,
        boolean returnsHidden) {}
