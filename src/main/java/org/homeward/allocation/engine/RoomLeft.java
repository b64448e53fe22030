package org.homeward.allocation.engine;

/**
 * The room a centre has left.
 *
 * @param persons         persons it can still take
 * @param familyUnits     family units still free, accessible ones included
 * @param accessibleUnits accessible units still free
 */
public record RoomLeft(int persons, int familyUnits, int accessibleUnits) {}
