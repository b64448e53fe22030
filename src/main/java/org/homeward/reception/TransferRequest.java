package org.homeward.reception;

/** Moves a stay to another centre, with the reason (required). */
record TransferRequest(String toCentre, String reason) {}
