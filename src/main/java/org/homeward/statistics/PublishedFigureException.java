package org.homeward.statistics;

import java.util.List;
import org.homeward.web.ProblemException;

/** A published figure that cannot be recorded or changed as asked: invalid, missing, or changed meanwhile. */
public final class PublishedFigureException extends ProblemException {

    private final int status;
    private final String code;
    private final List<FieldProblem> problems;

    private PublishedFigureException(int status, String code, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static PublishedFigureException invalid(List<FieldProblem> problems) {
        return new PublishedFigureException(
                400, "FIGURE_INVALID", problems.size() + " problem(s) in the figure", problems);
    }

    static PublishedFigureException notFound(long id) {
        return new PublishedFigureException(404, "FIGURE_NOT_FOUND", "No published figure " + id, List.of());
    }

    static PublishedFigureException stale(long id, long version) {
        return new PublishedFigureException(
                409,
                "FIGURE_CHANGED_BY_SOMEONE_ELSE",
                "Figure " + id + " was changed meanwhile; it is now at version " + version,
                List.of());
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
