package org.homeward.reception;

/** What a centres import did: rows read, centres created, changed, and left as they were. */
public record CentreImportReport(int rows, int created, int updated, int unchanged) {}
