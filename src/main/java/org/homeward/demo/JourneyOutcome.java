package org.homeward.demo;

/** What a generated registration came to: a return home, a withdrawal, or a journey still under way. */
enum JourneyOutcome {
    RETURNED, WITHDRAWN, PENDING
}
