package org.homeward.reception;

import java.time.Instant;
import java.util.Map;

/** One recorded change to a centre: who made it, when, and what changed (field, from, to). */
record CentreEvent(long id, Instant occurredAt, String actor, String type, Map<String, Object> details) {}
