package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no household with the given id or reference exists (or the caller may not see it). */
public class HouseholdNotFoundException extends ProblemException {
    public HouseholdNotFoundException(String idOrReference) {
        super("No household " + idOrReference);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.HOUSEHOLD_NOT_FOUND;
    }
}
