package org.homeward.registry;

import org.homeward.web.ProblemException;

/** Thrown when no household with the given id or reference exists (or the caller may not see it). */
public class HouseholdNotFoundException extends ProblemException {
    public HouseholdNotFoundException(String idOrReference) {
        super("No household " + idOrReference);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "HOUSEHOLD_NOT_FOUND";
    }
}
