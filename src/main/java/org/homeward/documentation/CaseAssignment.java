package org.homeward.documentation;

import java.time.Instant;

/** One assignment of a case to a case worker, with who gave it and why. */
record CaseAssignment(String assignedTo, String assignedBy, Instant assignedAt, String reason) {}
