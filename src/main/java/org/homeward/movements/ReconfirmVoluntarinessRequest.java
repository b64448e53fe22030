package org.homeward.movements;

/** A person's re-confirmation, on the departure day, that they still want to leave on this movement. */
public record ReconfirmVoluntarinessRequest(String movementId) {}
