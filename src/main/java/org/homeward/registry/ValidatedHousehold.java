package org.homeward.registry;

import java.util.List;

/** A household whose every field has been checked and converted; ready to be stored. */
record ValidatedHousehold(String registrationSite, Journey journey, List<Individual> members) {}
