package org.homeward.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a change is named in a household's history when it is not a plain update: its kind of event
 * and what says where it came from, kept beside the field-by-field changes under {@code changes}.
 */
record HistoryNote(HouseholdEventType type, Map<String, Object> context) {

    static final String CHANGES = "changes";

    Map<String, Object> with(Map<String, Object> changes) {
        Map<String, Object> details = new LinkedHashMap<>(context);
        details.put(CHANGES, changes);
        return details;
    }
}
