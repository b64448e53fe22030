package org.homeward.allocation.engine;

/** Why a household is left waiting. */
public enum WaitingReason {
    /** No open centre has ever had room for it: too few free persons, no family unit, or no accessible unit. */
    NO_CENTRE_FITS,
    /** Centres had room for it, but the places went to households more urgent or nearer, or the room was split. */
    ROOM_TAKEN,
    /** A centre has room for it, but going there would cost more than waiting (only under unusual weights). */
    CHEAPER_TO_WAIT
}
