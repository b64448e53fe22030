package org.homeward.movements;

import java.util.List;
import java.util.UUID;

/**
 * Boards a household: the text scanned from its slip (or its reference typed by hand), and the
 * travelling members who did not come. Everyone else who travels is boarded.
 */
public record BoardingRequest(String scanned, List<UUID> noShows) {}
