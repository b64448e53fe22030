package org.homeward.documentation;

import java.util.UUID;

/**
 * A request to open a case.
 *
 * @param individualId the member the case is about; required for case types about a person
 * @param eventDate    the day deadlines count from, as YYYY-MM-DD; may be blank when unknown
 */
public record OpenCaseRequest(
        UUID householdId, UUID individualId, String caseType, String jurisdiction, String eventDate) {}
