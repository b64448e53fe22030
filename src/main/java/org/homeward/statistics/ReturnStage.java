package org.homeward.statistics;

/** Where the counted households stand: home (a return), or registered and not yet home (an intention). */
public enum ReturnStage {
    /** Journey status RETURNED_HOME, counted on the return date. */
    RETURNED,
    /** Journey status INTENDING, REGISTERED, IN_TRANSIT or AT_RECEPTION, counted on the day of registration. */
    PENDING
}
