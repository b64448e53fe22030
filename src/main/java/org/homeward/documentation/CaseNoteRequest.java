package org.homeward.documentation;

/** A note added to a case's history. */
public record CaseNoteRequest(String text) {}
