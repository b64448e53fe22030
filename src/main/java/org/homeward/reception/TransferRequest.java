package org.homeward.reception;

/** Moves a stay to another centre, with the reason (required). */
public record TransferRequest(String toCentre, String reason) {}
