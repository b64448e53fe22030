package org.homeward.movements;

/** Resolves a missing-person alert: what became of the person (found, arrived later, ...), in a note. */
record MissingPersonResolution(String note) {}
