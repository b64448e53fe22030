package org.homeward.documentation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Where a documentation case stands: open, gathering evidence, submitted, issued or rejected, closed. */
public enum CaseStatus {
    OPEN,
    GATHERING_EVIDENCE,
    SUBMITTED,
    ISSUED,
    REJECTED,
    CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            OPEN, EnumSet.of(GATHERING_EVIDENCE, CLOSED),
            GATHERING_EVIDENCE, EnumSet.of(SUBMITTED, CLOSED),
            // An authority may send a submission back for more evidence.
            SUBMITTED, EnumSet.of(ISSUED, REJECTED, GATHERING_EVIDENCE),
            ISSUED, EnumSet.of(CLOSED),
            // A refusal may be taken up again (an appeal, a new attempt) or closed.
            REJECTED, EnumSet.of(GATHERING_EVIDENCE, CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    /** Whether a case in this status may move to {@code next}. */
    public boolean canMoveTo(CaseStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The statuses a case may move to from this one. */
    public Set<CaseStatus> next() {
        return NEXT.get(this);
    }

    /** Whether steps may still be recorded: the paper is not yet issued or refused. */
    public boolean working() {
        return this == OPEN || this == GATHERING_EVIDENCE || this == SUBMITTED;
    }

    /** Closing without an outcome (a case opened by mistake, a family that moved on) needs a note saying why. */
    boolean closingNeedsNote() {
        return this == OPEN || this == GATHERING_EVIDENCE;
    }
}
