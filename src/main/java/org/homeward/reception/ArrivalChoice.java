package org.homeward.reception;

import java.util.Set;
import java.util.UUID;
import org.homeward.registry.Household;

/**
 * A household found on the centre board to check in: its members to choose from and which of them
 * need an accessible unit.
 */
record ArrivalChoice(Household household, Set<UUID> needsAccessible) {}
