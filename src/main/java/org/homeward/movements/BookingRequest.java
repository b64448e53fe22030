package org.homeward.movements;

/** Books places for a manifest household in a reception centre, by the centre's code. */
record BookingRequest(String centreCode) {}
