package org.homeward.reception;

/** A household expected at a centre today, with its principal's name, for the centre board. */
record ExpectedHousehold(PlannedArrival arrival, String principalNameAr, String principalNameLatin) {}
