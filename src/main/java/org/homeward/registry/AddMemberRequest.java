package org.homeward.registry;

/** A new member for an existing household, checked against the version the editor started from. */
public record AddMemberRequest(long version, IndividualDetails member, String reason) {
}
