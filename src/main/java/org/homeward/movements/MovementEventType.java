package org.homeward.movements;

/** What happened to a movement or to a household on it, as the movement's history stores it. */
enum MovementEventType {
    CREATED,
    HOUSEHOLD_ADDED,
    RECEPTION_BOOKED,
    HOUSEHOLD_REMOVED,
    HOUSEHOLD_WITHDRAWN,
    AMBER_DECIDED,
    BOARDED,
    HOUSEHOLD_NO_SHOW,
    DEPARTED,
    PERSON_MISSING,
    ARRIVED,
    ARRIVAL_CLOSED
}
