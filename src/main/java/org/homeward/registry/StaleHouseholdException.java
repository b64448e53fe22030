package org.homeward.registry;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a household was changed by someone else since the editor read it. */
class StaleHouseholdException extends ProblemException {

    private final long currentVersion;

    public StaleHouseholdException(String reference, long currentVersion) {
        super("Household " + reference + " was changed by someone else (now at version " + currentVersion
                + "); reload it and apply your change again");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.HOUSEHOLD_CHANGED_BY_SOMEONE_ELSE;
    }
}
