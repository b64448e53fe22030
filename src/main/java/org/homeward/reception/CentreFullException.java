package org.homeward.reception;

import java.util.ArrayList;
import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a centre has not the room a household needs: too few person places, no family unit,
 * or no accessible unit for a household that needs one. Names each type that is short.
 */
class CentreFullException extends ProblemException {

    private final String centreCode;
    private final Spaces free;
    private final Spaces needed;

    CentreFullException(String centreCode, Spaces free, Spaces needed) {
        super("Reception centre " + centreCode + " has not enough room: " + needed.persons() + " person place(s), "
                + needed.familyUnits() + " family unit(s) and " + needed.accessibleUnits()
                + " accessible unit(s) needed; " + free.persons() + ", " + free.familyUnits() + " and "
                + free.accessibleUnits() + " free");
        this.centreCode = centreCode;
        this.free = free;
        this.needed = needed;
    }

    public String centreCode() {
        return centreCode;
    }

    public Spaces free() {
        return free;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return ReceptionProblemCode.CENTRE_FULL;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        Spaces shortfall = free.shortfallFor(needed);
        List<FieldProblem> problems = new ArrayList<>();
        if (shortfall.persons() > 0) {
            problems.add(new FieldProblem(
                    "persons",
                    ReceptionProblemCode.NO_PERSON_PLACES_LEFT,
                    needed.persons() + " needed, " + free.persons() + " free"));
        }
        if (shortfall.familyUnits() > 0) {
            problems.add(new FieldProblem(
                    "familyUnits", ReceptionProblemCode.NO_FAMILY_UNIT_LEFT, "No family unit is free"));
        }
        if (shortfall.accessibleUnits() > 0) {
            problems.add(new FieldProblem(
                    "accessibleUnits",
                    ReceptionProblemCode.NO_ACCESSIBLE_UNIT_LEFT,
                    "The household needs an accessible unit and none is free"));
        }
        return problems;
    }
}
