package org.homeward.movements;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.homeward.registry.BirthDate;
import org.homeward.registry.Individual;
import org.homeward.registry.SpecificNeed;

/**
 * Who must decide for themselves: every adult, and every child registered as unaccompanied or
 * separated. A birth date known only to the year or month is read as its earliest possible day, and
 * an unknown one as adult, so that nobody who may be 18 escapes their own decision.
 */
final class VoluntarinessEligibility {

    static final int ADULT_AGE = 18;

    private VoluntarinessEligibility() {}

    /** Why the member needs a record of their own on {@code today}, or empty when a parent decides with them. */
    static Optional<VoluntarinessBasis> basisOf(Individual member, LocalDate today) {
        if (isAdult(member.birthDate(), today)) {
            return Optional.of(VoluntarinessBasis.ADULT);
        }
        if (member.specificNeeds().contains(SpecificNeed.UNACCOMPANIED_CHILD)) {
            return Optional.of(VoluntarinessBasis.UNACCOMPANIED_CHILD);
        }
        if (member.specificNeeds().contains(SpecificNeed.SEPARATED_CHILD)) {
            return Optional.of(VoluntarinessBasis.SEPARATED_CHILD);
        }
        return Optional.empty();
    }

    static boolean isAdult(BirthDate birthDate, LocalDate today) {
        if (birthDate == null || birthDate.date() == null) {
            return true;
        }
        return !birthDate.date().isAfter(today)
                && Period.between(birthDate.date(), today).getYears() >= ADULT_AGE;
    }
}
