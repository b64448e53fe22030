package org.homeward.movements;

import java.util.List;
import java.util.UUID;

/**
 * Closes a movement's arrival: the persons who boarded and arrived. Anyone who boarded and is not
 * listed is missing, and an alert is raised for them.
 */
public record ArrivalRequest(List<UUID> arrived) {}
