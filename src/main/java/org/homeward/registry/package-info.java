/**
 * The returns registry: households and their individuals (the Arab name chain in both scripts),
 * each household's journey home, and the history of every change. Other features read households
 * through {@link org.homeward.registry.HouseholdQueries}, register and change them through
 * {@link org.homeward.registry.HouseholdCommands}, and move journeys with a typed
 * {@link org.homeward.registry.MoveJourney} through {@link org.homeward.registry.JourneyCommands}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"access", "database", "files", "places", "problems", "web"})
package org.homeward.registry;
