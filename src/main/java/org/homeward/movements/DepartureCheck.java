package org.homeward.movements;

/**
 * One rule that judges whether a household may depart on an organised movement.
 *
 * <p>Each feature that has a say (voluntariness, duplicates, documents, destination conditions)
 * contributes its own bean; the movement runs every bean it finds, shows each verdict beside the
 * household, and refuses departure while any verdict is red or any amber verdict lacks a
 * coordinator's recorded decision. A red verdict cannot be decided away by anyone: the plan must
 * change. Implementations must be side-effect free and must not throw for an ordinary household;
 * they are run while planning too, not only on the day.
 */
public interface DepartureCheck {

    /** A short stable name such as {@code voluntariness}; decisions on amber verdicts are kept under it. */
    String name();

    /** Judges one household of one movement as things stand on {@code candidate.judgedOn()}. */
    CheckVerdict judge(DepartureCandidate candidate);
}
