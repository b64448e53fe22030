/**
 * The returns registry: households and their individuals (the Arab name chain in both scripts),
 * each household's journey home, and the history of every change. Other features use
 * {@link org.homeward.registry.HouseholdService}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"access", "database", "files", "places", "problems", "web"})
package org.homeward.registry;
