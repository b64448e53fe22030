package org.homeward.documentation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One entry of a case's append-only history: who did what, when, on which step. */
record CaseEvent(long id, UUID stepId, Instant occurredAt, String actor, String type, Map<String, Object> details) {

    public CaseEvent {
        details = Map.copyOf(details);
    }
}
