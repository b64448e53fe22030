package org.homeward.registry;

import jakarta.validation.Valid;

/** A new member for an existing household, checked against the version the editor started from. */
public record AddMemberRequest(long version, @Valid IndividualDetails member, String reason) {}
