package org.homeward.linkage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.linkage.engine.GivenNameList;
import org.homeward.registry.ChainPart;
import org.homeward.registry.FoldedSpellings;
import org.springframework.stereotype.Component;

/**
 * The list of given names and their spellings ({@code given-names.tsv}) as a device uses it: a map from
 * each spelling's folded key to the label of the listed name it spells, so that the device recognises
 * "Youssef" and يوسف as one listed name by folding alone. A key two listed names share is left out.
 */
@Component
class DeviceNameList {

    private final FoldedSpellings folding;
    private final Map<String, String> listedKeys;

    DeviceNameList(FoldedSpellings folding) {
        this.folding = folding;
        this.listedKeys = build(folding, GivenNameList.shippedLines());
    }

    /** Folded key → listed name, for the device. */
    Map<String, String> listedKeys() {
        return listedKeys;
    }

    /** The listed name a given, father's or grandfather's name spells, as the device finds it; null if none or two. */
    String listedName(String name) {
        String found = null;
        for (String key : folding.of(name, ChainPart.GIVEN)) {
            String label = listedKeys.get(key);
            if (label == null) {
                continue;
            }
            if (found != null && !found.equals(label)) {
                return null;
            }
            found = label;
        }
        return found;
    }

    private static Map<String, String> build(FoldedSpellings folding, List<String> lines) {
        Map<String, String> byKey = new HashMap<>();
        Set<String> shared = new java.util.HashSet<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            for (int column = 1; column < columns.length; column++) {
                for (String spelling : columns[column].split(",")) {
                    for (String key : folding.of(spelling.strip(), ChainPart.GIVEN)) {
                        String before = byKey.putIfAbsent(key, columns[0]);
                        if (before != null && !before.equals(columns[0])) {
                            shared.add(key);
                        }
                    }
                }
            }
        }
        shared.forEach(byKey::remove);
        return new LinkedHashMap<>(new java.util.TreeMap<>(byKey));
    }
}
