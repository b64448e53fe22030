package org.homeward.documentation;

import java.util.UUID;
import org.homeward.documentation.deadline.Deadline;

/** The deadline of one step of one case, for the queues and the case page. */
record StepDeadline(
        UUID caseId, String caseType, String jurisdiction, String assignedTo, CaseStep step, Deadline deadline) {}
