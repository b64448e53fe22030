package org.homeward.documentation;

/** A note added to a case's history. */
record CaseNoteRequest(String text) {}
