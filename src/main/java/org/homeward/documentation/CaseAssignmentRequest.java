package org.homeward.documentation;

/** A request to give a case to a case worker (by username), with the reason for a re-assignment. */
record CaseAssignmentRequest(String assignee, String reason) {}
