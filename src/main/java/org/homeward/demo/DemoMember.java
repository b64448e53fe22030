package org.homeward.demo;

import org.homeward.registry.Relationship;

/** A person as a member of one registered household, with their relationship to its principal. */
record DemoMember(DemoPerson person, Relationship relationship) {}
