package org.homeward.reception;

/**
 * A household staying in a centre, as the centre board lists it: the stay, the household's
 * reference and size, and its principal's name.
 */
record Resident(Stay stay, String reference, int householdSize, String principalNameAr, String principalNameLatin) {}
