package org.homeward.problems;

/**
 * What went wrong with a request, in domain words: the web layer answers each kind with one status,
 * so a feature says what happened and never how a protocol spells it.
 */
public enum ProblemKind {
    /** The request itself is at fault: a field missing, out of range or of the wrong form. */
    INVALID,
    /** The caller may not do this, or may not see what it asks about. */
    NOT_ALLOWED,
    /** Nothing the caller may see has the identity asked for. */
    NOT_FOUND,
    /** The request is well formed but does not fit the current state: already done, changed meanwhile, full. */
    CONFLICT,
    /** What was asked for existed once and was removed for good. */
    GONE,
    /** What was sent is larger than the most a request of its kind may carry. */
    TOO_LARGE,
    /** What was sent is not of a type that is taken here, by its content rather than by its name. */
    UNSUPPORTED_TYPE,
    /** The request is well formed and fits the state, but what it asks cannot be done as it stands. */
    REFUSED,
    /** Too many requests of this kind in a short time: try again later. */
    BUSY
}
