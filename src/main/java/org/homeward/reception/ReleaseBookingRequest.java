package org.homeward.reception;

/** Why a booking is released: the household will not come, came elsewhere, or the plan changed. */
record ReleaseBookingRequest(String reason) {}
