package org.homeward.movements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * How many people intend to return, from each household's current intention: the figures other
 * parts of movements (the return plan's funnel) count against their targets. These are raw counts;
 * whatever shows them to a user puts them through the statistics feature's small-cell protection,
 * as {@link IntentionFigureTables} does.
 */
@Service
public class IntentionFigures {

    private final IntentionRepository intentions;

    IntentionFigures(IntentionRepository intentions) {
        this.intentions = intentions;
    }

    /**
     * Persons and households intending to return (within 3 or within 12 months) by country of asylum
     * and the month they said so, counting only each household's current intention, for intentions
     * stated from {@code from} to {@code to} inclusive. A household whose country of asylum is not
     * known (an IDP household) has the country {@code ""}.
     */
    public List<IntendingPersons> personsIntending(LocalDate from, LocalDate to) {
        Map<String, IntendingPersons> sums = new LinkedHashMap<>();
        for (IntentionRepository.CurrentCount count : intentions.currentCounts(from, to)) {
            if (!count.intention().intends()) {
                continue;
            }
            YearMonth month = YearMonth.from(count.month());
            sums.merge(
                    count.asylumCountry() + "|" + month,
                    new IntendingPersons(count.asylumCountry(), month, count.households(), count.persons()),
                    IntendingPersons::plus);
        }
        return List.copyOf(sums.values());
    }

    /** Persons in households intending to return, from one country of asylum, stated in one month. */
    public record IntendingPersons(String asylumCountry, YearMonth month, long households, long persons) {

        IntendingPersons plus(IntendingPersons other) {
            return new IntendingPersons(asylumCountry, month, households + other.households, persons + other.persons);
        }
    }

    /** Every current intention counted by country, month and answer, for the protected tables of this feature. */
    List<IntentionRepository.CurrentCount> allCurrent(LocalDate from, LocalDate to) {
        return intentions.currentCounts(from, to);
    }
}
