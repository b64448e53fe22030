package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;

/** Reads the vehicles typed on the new-movement page, one per line: "label, seats, accessible seats". */
final class VehicleLines {

    private VehicleLines() {}

    /** The vehicles as typed; a number that is not one is left empty, for the movement's rules to report by row. */
    static List<Vehicle> read(String text) {
        List<Vehicle> vehicles = new ArrayList<>();
        if (text == null) {
            return vehicles;
        }
        for (String line : text.split("\\R", MovementRequestRules.MAX_VEHICLES + 2)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(",", 4);
            vehicles.add(new Vehicle(
                    parts[0].strip(), number(parts, 1), parts.length > 2 ? number(parts, 2) : Integer.valueOf(0)));
        }
        return vehicles;
    }

    private static Integer number(String[] parts, int index) {
        if (parts.length <= index) {
            return null;
        }
        try {
            String text = parts[index].strip();
            return text.length() > 4 ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
