package org.homeward.movements;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Every departure check's verdict on one household of a movement, with the amber verdicts a
 * coordinator has decided.
 *
 * @param reference the household's reference, or null when it is outside the caller's scope
 * @param decided   the names of the checks whose amber verdict has a recorded decision
 */
public record HouseholdVerdicts(UUID householdId, String reference, List<CheckVerdict> verdicts, Set<String> decided) {

    public HouseholdVerdicts {
        verdicts = List.copyOf(verdicts);
        decided = Set.copyOf(decided);
    }

    /** The verdicts that keep the household from departing: red ones, and amber ones nobody has decided. */
    public List<CheckVerdict> blocking() {
        return verdicts.stream()
                .filter(verdict -> verdict.level() == CheckLevel.RED
                        || verdict.level() == CheckLevel.AMBER && !decided.contains(verdict.check()))
                .toList();
    }

    public CheckLevel worst() {
        return verdicts.stream().map(CheckVerdict::level).reduce(CheckLevel.GREEN, CheckLevel::worse);
    }

    public boolean hasRed() {
        return verdicts.stream().anyMatch(verdict -> verdict.level() == CheckLevel.RED);
    }
}
