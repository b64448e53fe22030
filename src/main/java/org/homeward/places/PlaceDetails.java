package org.homeward.places;

import java.util.List;

/**
 * A place with everything the reference data says about it.
 *
 * @param within   the units the place lies in, from its governorate down to its parent
 * @param children the units one level down, by P-code
 */
record PlaceDetails(Place place, List<PlaceAlias> aliases, List<Place> within, List<Place> children) {}
