package org.homeward.movements;

/** A person's withdrawal of their decision to return; the reason is theirs to give or not. */
public record WithdrawVoluntarinessRequest(String reason) {}
