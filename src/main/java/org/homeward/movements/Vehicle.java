package org.homeward.movements;

/** A vehicle of a movement, with its seats and how many of them are accessible. */
public record Vehicle(String label, Integer seats, Integer accessibleSeats) {}
