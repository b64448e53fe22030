package org.homeward.offline;

import java.util.List;
import org.homeward.web.ProblemException;

/** A request about devices or references that cannot be served as asked, with its status and code. */
class OfflineProblemException extends ProblemException {

    private final int status;
    private final String code;
    private final String field;

    OfflineProblemException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static OfflineProblemException unknownDevice() {
        return new OfflineProblemException(
                404, "OFFLINE_DEVICE_UNKNOWN", "deviceId", "This device is not registered to you: register it first");
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
        return field == null ? List.of() : List.of(new FieldProblem(field, code, getMessage()));
    }
}
