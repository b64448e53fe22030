package org.homeward.reception;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a step does not fit where the stay stands: checking out, transferring or joining
 * members to a booking whose household has not arrived, or releasing a booking that has.
 */
final class StayStageException extends ProblemException {

    private final ReceptionProblemCode code;

    private StayStageException(ReceptionProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    static StayStageException notArrived(String id) {
        return new StayStageException(
                ReceptionProblemCode.STAY_NOT_ARRIVED,
                "Stay " + id + " is a booking whose household has not arrived: check it in, or release the booking");
    }

    static StayStageException arrived(String id) {
        return new StayStageException(
                ReceptionProblemCode.STAY_ALREADY_ARRIVED,
                "Stay " + id + " is not a booking: its household has arrived; check it out or transfer it instead");
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
