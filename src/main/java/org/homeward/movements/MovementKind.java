package org.homeward.movements;

/** What a movement is for: a return home, or a visit to see the place first and come back. */
public enum MovementKind {
    ORGANISED_RETURN,
    GO_AND_SEE
}
