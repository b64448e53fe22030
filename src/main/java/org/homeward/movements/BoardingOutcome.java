package org.homeward.movements;

import java.util.UUID;

/** What boarding one household did: how many of its travellers boarded and how many did not come. */
public record BoardingOutcome(UUID householdId, String reference, int boarded, int noShows)
        implements java.io.Serializable {}
