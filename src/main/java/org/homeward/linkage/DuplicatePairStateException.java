package org.homeward.linkage;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when a pair is not in the state the action needs: already decided, or not merged. */
final class DuplicatePairStateException extends ProblemException {

    private final LinkageProblemCode code;

    private DuplicatePairStateException(LinkageProblemCode code, long id) {
        super(code + " " + id);
        this.code = code;
    }

    static DuplicatePairStateException alreadyDecided(long id) {
        return new DuplicatePairStateException(LinkageProblemCode.DUPLICATE_PAIR_ALREADY_DECIDED, id);
    }

    static DuplicatePairStateException notMerged(long id) {
        return new DuplicatePairStateException(LinkageProblemCode.DUPLICATE_PAIR_NOT_MERGED, id);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
