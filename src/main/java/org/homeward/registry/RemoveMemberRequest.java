package org.homeward.registry;

/** The removal of a member added by mistake, with why, checked against the version the editor read. */
record RemoveMemberRequest(long version, String reason) {}
