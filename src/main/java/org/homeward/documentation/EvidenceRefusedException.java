package org.homeward.documentation;

import java.util.List;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when an uploaded file is not kept: empty, too large, not a PDF, JPEG or PNG by its content,
 * or not readable as what it claims to be; or when a field sent with it is wrong.
 */
class EvidenceRefusedException extends ProblemException {

    private final ProblemKind kind;
    private final DocumentationProblemCode code;
    private final String field;

    EvidenceRefusedException(ProblemKind kind, DocumentationProblemCode code, String field, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
    }

    static EvidenceRefusedException badField(String field, DocumentationProblemCode code, String message) {
        return new EvidenceRefusedException(ProblemKind.INVALID, code, field, message);
    }

    @Override
    public ProblemKind kind() {
        return kind;
    }

    @Override
    public ProblemCode code() {
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
