package org.homeward.documentation;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a case would be given to a case worker whose sites and areas do not cover its
 * household: they could not open the case they were given, and should not see the household.
 */
class AssigneeOutOfScopeException extends ProblemException {

    AssigneeOutOfScopeException() {
        super(
                "The case worker's sites and areas do not cover this household; give the case to someone who works there");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.REFUSED;
    }

    @Override
    public ProblemCode code() {
        return DocumentationProblemCode.ASSIGNEE_OUT_OF_SCOPE;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("assignee", code(), getMessage()));
    }
}
