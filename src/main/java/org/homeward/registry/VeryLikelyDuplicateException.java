package org.homeward.registry;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a household is registered while a member very likely is already registered, and
 * the request does not confirm that match by its reference with a reason.
 */
class VeryLikelyDuplicateException extends ProblemException {

    static final String FIELD = "duplicateConfirmation";
    private final VeryLikelyMatch match;

    VeryLikelyDuplicateException(VeryLikelyMatch match) {
        // The reference only: a name in a message could reach a log.
        super("Member " + (match.position() + 1) + " is very likely already registered in household "
                + match.reference()
                + "; to register anyway, send duplicateConfirmation with that reference and a reason");
        this.match = match;
    }

    public VeryLikelyMatch match() {
        return match;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return RegistryProblemCode.HOUSEHOLD_VERY_LIKELY_DUPLICATE;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(FIELD, code(), "Confirm household " + match.reference() + " with a reason"));
    }
}
