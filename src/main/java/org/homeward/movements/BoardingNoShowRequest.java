package org.homeward.movements;

/** Records that nobody of a household on the manifest came to board; {@code household} is its id. */
public record BoardingNoShowRequest(String household) {}
