package org.homeward.movements;

/** Books places for a manifest household in a reception centre, by the centre's code. */
public record BookingRequest(String centreCode) {}
