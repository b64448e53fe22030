package org.homeward.registry;

import jakarta.validation.Valid;

/** One member's registration as corrected, with why, checked against the version the editor read. */
public record CorrectMemberRequest(long version, @Valid IndividualDetails member, String reason) {}
