package org.homeward.registry;

/** What a household's data may be used for. */
public enum Purpose {
    /** Being registered and followed on the journey home. */
    REGISTRATION,
    /** Receiving assistance (shelter, cash, items). */
    ASSISTANCE,
    /** Being referred to the named partners. */
    REFERRAL,
    /** Being counted in published statistics (always aggregated). */
    STATISTICS
}
