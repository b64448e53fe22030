package org.homeward.documentation;

/** A request to move a case to another status, with a note (needed when closing without an outcome). */
public record CaseStatusRequest(String status, String note) {}
