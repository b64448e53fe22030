package org.homeward.demo;

import java.util.Map;
import java.util.Set;

/** The person-level variations a repeated registration applies, by person id; none for a first registration. */
record VariationPlan(Map<Long, Set<DuplicateVariation>> byPerson) {

    static final VariationPlan NONE = new VariationPlan(Map.of());

    Set<DuplicateVariation> of(DemoPerson person) {
        return byPerson.getOrDefault(person.personId(), Set.of());
    }
}
