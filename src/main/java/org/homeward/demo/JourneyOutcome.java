package org.homeward.demo;

/**
 * What a generated registration came to: a return home, a withdrawal, a journey still under way,
 * or (in a reception plan) a journey still to come that waits for a place in a reception centre.
 */
enum JourneyOutcome {
    RETURNED,
    WITHDRAWN,
    PENDING,
    WAITING_FOR_RECEPTION
}
