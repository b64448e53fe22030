package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a movement is asked to depart while a travelling household has a red verdict or an
 * amber one nobody has decided. Lists each household and check at fault. There is no way around
 * it: the plan must change (or the amber verdict be decided) first.
 */
class DepartureRefusedException extends ProblemException {

    private final boolean red;
    private final List<FieldProblem> problems;

    DepartureRefusedException(List<HouseholdVerdicts> blocked) {
        super(message(blocked));
        this.red = blocked.stream().anyMatch(HouseholdVerdicts::hasRed);
        List<FieldProblem> listed = new ArrayList<>();
        for (HouseholdVerdicts household : blocked) {
            String name =
                    household.reference() == null ? household.householdId().toString() : household.reference();
            for (CheckVerdict verdict : household.blocking()) {
                listed.add(new FieldProblem(
                        "households[" + name + "]." + verdict.check(),
                        verdict.level() == CheckLevel.RED
                                ? MovementsProblemCode.CHECK_RED
                                : MovementsProblemCode.CHECK_AMBER_UNDECIDED,
                        verdict.reasonKey()));
            }
        }
        this.problems = List.copyOf(listed);
    }

    private static String message(List<HouseholdVerdicts> blocked) {
        return "The movement cannot depart: " + blocked.size() + " household(s) have a red check or an amber check "
                + "without a recorded decision";
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return red ? MovementsProblemCode.MOVEMENT_CHECK_RED : MovementsProblemCode.MOVEMENT_CHECK_UNDECIDED;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
