package org.homeward.statistics;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A published figure that cannot be recorded or changed as asked: invalid, missing, or changed meanwhile. */
final class PublishedFigureException extends ProblemException {

    private final ProblemKind kind;
    private final StatisticsProblemCode code;
    private final List<FieldProblem> problems;

    private PublishedFigureException(
            ProblemKind kind, StatisticsProblemCode code, String message, List<FieldProblem> problems) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    static PublishedFigureException invalid(List<FieldProblem> problems) {
        return new PublishedFigureException(
                ProblemKind.INVALID,
                StatisticsProblemCode.FIGURE_INVALID,
                problems.size() + " problem(s) in the figure",
                problems);
    }

    static PublishedFigureException notFound(long id) {
        return new PublishedFigureException(
                ProblemKind.NOT_FOUND, StatisticsProblemCode.FIGURE_NOT_FOUND, "No published figure " + id, List.of());
    }

    static PublishedFigureException stale(long id, long version) {
        return new PublishedFigureException(
                ProblemKind.CONFLICT,
                StatisticsProblemCode.FIGURE_CHANGED_BY_SOMEONE_ELSE,
                "Figure " + id + " was changed meanwhile; it is now at version " + version,
                List.of());
    }

    @Override
    public ProblemKind kind() {
        return kind;
    }

    @Override
    public ProblemCode code() {
        return code;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return problems;
    }
}
