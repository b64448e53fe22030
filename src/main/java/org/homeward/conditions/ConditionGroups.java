package org.homeward.conditions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.statistics.AreaConditionGroups;
import org.springframework.stereotype.Component;

/** Tells statistics the status of every sub-district on a day, so it can count returns into red and amber areas. */
@Component
class ConditionGroups implements AreaConditionGroups {

    private final ConditionsService conditions;

    ConditionGroups(ConditionsService conditions) {
        this.conditions = conditions;
    }

    @Override
    public List<String> groups() {
        return List.of(
                AreaStatus.RED.name(), AreaStatus.AMBER.name(), AreaStatus.UNKNOWN.name(), AreaStatus.GREEN.name());
    }

    @Override
    public Map<String, String> groupsOn(LocalDate day) {
        Map<String, String> groups = new LinkedHashMap<>();
        conditions
                .everyArea(day)
                .forEach((pcode, area) -> groups.put(pcode, area.status().name()));
        return groups;
    }
}
