package org.homeward.registry;

import java.util.UUID;

/** A member's phone and document number in full, given after a recorded reveal. */
public record RevealedFields(UUID individualId, String phone, String documentNumber) implements java.io.Serializable {}
