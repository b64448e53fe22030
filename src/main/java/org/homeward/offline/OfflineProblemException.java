package org.homeward.offline;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** A request about devices or references that cannot be served as asked, with its status and code. */
class OfflineProblemException extends ProblemException {

    private final ProblemKind kind;
    private final OfflineProblemCode code;
    private final String field;

    OfflineProblemException(ProblemKind kind, OfflineProblemCode code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    static OfflineProblemException unknownDevice() {
        return new OfflineProblemException(
                ProblemKind.NOT_FOUND,
                OfflineProblemCode.OFFLINE_DEVICE_UNKNOWN,
                "deviceId",
                "This device is not registered to you: register it first");
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
        return field == null ? List.of() : List.of(new FieldProblem(field, code, getMessage()));
    }
}
