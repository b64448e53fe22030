package org.homeward.documentation;

import java.util.List;
import org.homeward.web.ProblemException;

/**
 * Thrown when an uploaded file is not kept: empty, too large, not a PDF, JPEG or PNG by its content,
 * or not readable as what it claims to be; or when a field sent with it is wrong.
 */
class EvidenceRefusedException extends ProblemException {

    private final int status;
    private final String code;
    private final String field;

    EvidenceRefusedException(int status, String code, String field, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static EvidenceRefusedException badField(String field, String code, String message) {
        return new EvidenceRefusedException(400, code, field, message);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String code() {
        return code;
    }

    String field() {
        return field;
    }

    @Override
    public List<FieldProblem> fieldProblems() {
        return List.of(new FieldProblem(field, code, getMessage()));
    }
}
