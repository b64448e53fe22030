package org.homeward.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts each user's lookups of one kind (say, households by reference) over a sliding window and
 * refuses those beyond the limit, writing the refusal to the audit trail. Any lookup that takes a
 * value a person could guess can use it.
 *
 * <p>The counts live in this process's memory: a restart forgets them, and several processes behind
 * one address would each allow the limit. That is enough to make walking the references of
 * thousands of people slow and visible; it is not a quota shared across servers.
 */
@Component
public class LookupRateLimiter {

    /** The lookups of a household by its reference, wherever they are made: one budget for them all. */
    public static final String HOUSEHOLD_REFERENCE = "household-reference";
    /** Above this many users counted, the ones idle for a whole window are forgotten. */
    private static final int TIDY_ABOVE = 1_000;

    private final LookupLimits limits;
    private final Clock clock;
    private final AuditTrail audit;
    private final CurrentAccess access;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    LookupRateLimiter(LookupLimits limits, Clock clock, AuditTrail audit, CurrentAccess access) {
        this.limits = limits;
        this.clock = clock;
        this.audit = audit;
        this.access = access;
    }

    /**
     * Counts one lookup of the kind by the current user, or refuses it when the user reached the
     * limit: the refusal is recorded as {@code LOOKUP_THROTTLED} on the given target.
     *
     * @throws LookupThrottledException when the user made too many lookups of this kind in the window
     */
    public void acquire(String kind, String targetType, String targetId) {
        String actor = access.actor();
        Duration wait = tryAcquire(kind, actor);
        if (!wait.isZero()) {
            audit.record(new AuditEntry(
                    AccessAuditAction.LOOKUP_THROTTLED,
                    targetType,
                    targetId,
                    null,
                    Map.of(
                            "lookup",
                            kind,
                            "limit",
                            limits.perWindow(),
                            "window",
                            limits.window().toString())));
            throw new LookupThrottledException(wait);
        }
    }

    /** Counts the lookup and answers zero, or answers how long the actor must wait (and counts nothing). */
    Duration tryAcquire(String kind, String actor) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(limits.window());
        if (recent.size() > TIDY_ABOVE) {
            forgetIdle(windowStart);
        }
        Duration[] wait = {Duration.ZERO};
        // compute() runs atomically per key, so two requests of one user cannot both take the last place.
        recent.compute(kind + '\u001f' + actor, (key, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            while (!kept.isEmpty() && !kept.peekFirst().isAfter(windowStart)) {
                kept.pollFirst();
            }
            if (kept.size() >= limits.perWindow()) {
                wait[0] = Duration.between(windowStart, kept.peekFirst());
            } else {
                kept.addLast(now);
            }
            return kept;
        });
        return wait[0];
    }

    private void forgetIdle(Instant windowStart) {
        for (String key : recent.keySet()) {
            recent.computeIfPresent(
                    key, (same, times) -> times.isEmpty() || !times.peekLast().isAfter(windowStart) ? null : times);
        }
    }
}
