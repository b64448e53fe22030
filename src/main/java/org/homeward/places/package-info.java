/**
 * Places: P-coded Syrian administrative units, countries of asylum and crossing points, and the
 * resolution of free-text place names to them. Other features ask {@link org.homeward.places.PlaceLookup}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places")
package org.homeward.places;
