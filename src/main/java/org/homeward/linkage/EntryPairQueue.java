package org.homeward.linkage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.homeward.linkage.RegistryRecords.Registered;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ScoredPair;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Puts the likely pairs of a household just saved into the duplicate review queue: the on-entry check
 * run after the fact, for registrations whose officer could not be shown it (records typed offline and
 * synced later). Each member is compared with the whole registry, not only the caller's scope, because
 * the pair is judged by reviewers; nothing about the other side is answered to the caller.
 */
@Service
public class EntryPairQueue {

    /** Matches looked at per member: its own record and household mates come first and are passed over. */
    private static final int MATCHES_LOOKED_AT = 25;

    private final DuplicateIndex index;
    private final RegistryRecords registry;
    private final JdbcClient jdbc;
    private final Clock clock;

    EntryPairQueue(DuplicateIndex index, RegistryRecords registry, JdbcClient jdbc, Clock clock) {
        this.index = index;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the check did for one household. */
    public record Outcome(boolean checked, int pairsQueued) {}

    /**
     * Queues the household's likely pairs and answers how many were new or still open. When the index
     * is not built yet (just after start-up) nothing is checked: the next batch run finds the pairs.
     */
    public Outcome queueLikelyPairs(UUID householdId) {
        if (!index.ready()) {
            return new Outcome(false, 0);
        }
        index.catchUp();
        DuplicateIndex.Lookup lookup = index.lookup();
        String household = householdId.toString();
        int queued = 0;
        Timestamp now = Timestamp.from(clock.instant());
        for (Registered member : registry.ofHousehold(householdId)) {
            for (DuplicateIndex.Match match :
                    lookup.likelyMatches(member.record(), LinkageSettings.DEFAULT_REVIEW_WEIGHT, MATCHES_LOOKED_AT)) {
                if (match.other() == null
                        || household.equals(match.other().record().householdId())) {
                    continue;
                }
                queued += queue(match.pair(), now);
            }
        }
        return new Outcome(true, queued);
    }

    private int queue(ScoredPair pair, Timestamp now) {
        boolean ordered = pair.leftId().compareTo(pair.rightId()) < 0;
        return jdbc.sql("""
                        INSERT INTO duplicate_candidate (first_id, second_id, weight, explanation, found_at, reason)
                        VALUES (CAST(:first AS uuid), CAST(:second AS uuid), :weight, CAST(:explanation AS jsonb), :now,
                                :reason)
                        ON CONFLICT (first_id, second_id) DO NOTHING""")
                .param("first", ordered ? pair.leftId() : pair.rightId())
                .param("second", ordered ? pair.rightId() : pair.leftId())
                .param("weight", pair.totalWeight())
                .param("explanation", DuplicateRunService.explanation(pair, ordered))
                .param("now", now)
                .param("reason", DuplicateRunService.reason(pair))
                .update();
    }
}
