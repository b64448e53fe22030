package org.homeward.movements;

/** What closing an arrival found: how many who boarded arrived, and how many are missing (one alert each). */
public record ArrivalOutcome(int boarded, int arrived, int missing) implements java.io.Serializable {}
