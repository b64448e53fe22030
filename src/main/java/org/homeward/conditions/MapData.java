package org.homeward.conditions;

import java.time.LocalDate;
import java.util.List;

/** What the conditions map draws: the sub-districts, the crossing points and the reception centres. */
record MapData(LocalDate on, List<MapPoint> areas, List<Marker> crossings, List<Marker> centres) {

    /** A crossing point or a reception centre. */
    record Marker(String code, String name, double latitude, double longitude) {}
}
