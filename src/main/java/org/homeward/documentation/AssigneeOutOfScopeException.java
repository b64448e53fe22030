package org.homeward.documentation;

import java.util.List;
import org.homeward.web.ProblemException;

/**
 * Thrown when a case would be given to a case worker whose sites and areas do not cover its
 * household: they could not open the case they were given, and should not see the household.
 */
public class AssigneeOutOfScopeException extends ProblemException {

    static final String CODE = "ASSIGNEE_OUT_OF_SCOPE";

    AssigneeOutOfScopeException() {
        super(
                "The case worker's sites and areas do not cover this household; give the case to someone who works there");
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem("assignee", CODE, getMessage()));
    }
}
