package org.homeward.linkage;

import org.homeward.web.ProblemException;

/** Thrown when a pair is not in the state the action needs: already decided, or not merged. */
public final class DuplicatePairStateException extends ProblemException {

    private final String code;

    private DuplicatePairStateException(String code, long id) {
        super(code + " " + id);
        this.code = code;
    }

    static DuplicatePairStateException alreadyDecided(long id) {
        return new DuplicatePairStateException("DUPLICATE_PAIR_ALREADY_DECIDED", id);
    }

    static DuplicatePairStateException notMerged(long id) {
        return new DuplicatePairStateException("DUPLICATE_PAIR_NOT_MERGED", id);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return code;
    }
}
