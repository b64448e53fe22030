package org.homeward.linkage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.linkage.DuplicateCandidates.Candidate;
import org.homeward.linkage.DuplicatePair.FieldComparison;
import org.homeward.linkage.PersonLinks.LinkBefore;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review of likely duplicates: the queue in the reviewer's scope, one pair side by side, the
 * decision (same person: the records are linked to one person; different people: never proposed
 * again) and the unmerge that restores the links exactly as they were. Decisions are audited.
 */
@Service
public class DuplicateReviewService {

    static final int NOTE_LENGTH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DuplicateCandidates candidates;
    private final PersonLinks links;
    private final HouseholdQueries households;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DuplicateReviewService(
            DuplicateCandidates candidates,
            PersonLinks links,
            HouseholdQueries households,
            CurrentAccess access,
            AuditTrail audit,
            Clock clock) {
        this.candidates = candidates;
        this.links = links;
        this.households = households;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of open pairs whose two households are both in the reviewer's scope and that pass the
     * filter, in its order, starting after the pair {@code after} (null: from the first).
     */
    @Transactional(readOnly = true)
    public DuplicateQueue queue(QueueFilter filter, Long after, int size) {
        AccessScope scope = access.scope();
        List<DuplicateQueue.Entry> entries = candidates.open(scope, filter, after, size);
        if (!entries.isEmpty()) {
            audit.record(new AuditEntry(
                    LinkageAuditAction.READ_DUPLICATE_QUEUE,
                    "duplicate_candidate",
                    String.valueOf(entries.get(0).id()),
                    null,
                    Map.of(
                            "shown",
                            entries.stream().map(DuplicateQueue.Entry::id).toList(),
                            "households",
                            entries.stream()
                                    .flatMap(entry ->
                                            java.util.stream.Stream.of(entry.firstHousehold(), entry.secondHousehold()))
                                    .map(UUID::toString)
                                    .distinct()
                                    .toList())));
        }
        return new DuplicateQueue(entries, filter, after, size, candidates.countOpen(scope, filter));
    }

    /**
     * The open pair that follows {@code after} in the filter's order, in scope: where a reviewer goes
     * after a decision. Only its id is answered, so nothing personal is read here.
     */
    @Transactional(readOnly = true)
    public Optional<Long> nextPair(QueueFilter filter, long after) {
        return candidates.open(access.scope(), filter, after, 1).stream()
                .map(DuplicateQueue.Entry::id)
                .findFirst();
    }

    /** A pair side by side; reading it is audited like reading both households. */
    public DuplicatePair pair(long id) {
        Candidate candidate = inScope(id);
        Household first = households.view(candidate.firstHousehold());
        Household second = households.view(candidate.secondHousehold());
        return new DuplicatePair(
                candidate.id(),
                candidate.weight(),
                candidate.status(),
                candidate.decidedBy(),
                candidate.decidedAt(),
                candidate.note(),
                side(first, candidate.firstId()),
                side(second, candidate.secondId()),
                fields(candidate.explanation()),
                candidate.reason());
    }

    /**
     * Both people of a pair with their phone and document number in full. Each is a reveal on its
     * household, recorded with the reason in the audit trail; a blank reason is refused.
     */
    public DuplicatePair.Revealed reveal(long id, String reason) {
        Candidate candidate = inScope(id);
        return new DuplicatePair.Revealed(
                households.reveal(candidate.firstHousehold(), candidate.firstId(), reason),
                households.reveal(candidate.secondHousehold(), candidate.secondId(), reason));
    }

    /** Same person: both records are linked to one person (joining one either already has). */
    @Transactional
    public void judgeSame(long id, String note) {
        Candidate candidate = inScope(id);
        String actor = access.actor();
        if (!candidates.decide(id, "SAME", actor, clean(note), clock.instant())) {
            throw DuplicatePairStateException.alreadyDecided(id);
        }
        List<LinkBefore> before = links.join(candidate.firstId(), candidate.secondId());
        links.recordMerge(id, before, actor, clock.instant());
        UUID person = links.personOf(candidate.firstId()).orElseThrow();
        audit.recordWithChange(new AuditEntry(
                LinkageAuditAction.DUPLICATE_SAME,
                "duplicate_candidate",
                String.valueOf(id),
                clean(note),
                details(candidate, Map.of("person", person.toString(), "linksChanged", before.size()))));
    }

    /** Different people: the pair stays decided and is never proposed again. */
    @Transactional
    public void judgeDifferent(long id, String note) {
        Candidate candidate = inScope(id);
        if (!candidates.decide(id, "DIFFERENT", access.actor(), clean(note), clock.instant())) {
            throw DuplicatePairStateException.alreadyDecided(id);
        }
        audit.recordWithChange(new AuditEntry(
                LinkageAuditAction.DUPLICATE_DIFFERENT,
                "duplicate_candidate",
                String.valueOf(id),
                clean(note),
                details(candidate, Map.of())));
    }

    /**
     * Undoes a merge: the links are put back exactly as they were before it, and the pair goes
     * back to the queue ({@code reopen}) or is judged different.
     */
    @Transactional
    public void unmerge(long id, boolean reopen, String note) {
        Candidate candidate = inScope(id);
        PersonLinks.Merge merge = links.mergeInForce(id).orElseThrow(() -> DuplicatePairStateException.notMerged(id));
        String actor = access.actor();
        boolean changed = reopen
                ? candidates.reopen(id)
                : candidates.judgeDifferentAfterAll(id, actor, clean(note), clock.instant());
        if (!changed) {
            throw DuplicatePairStateException.notMerged(id);
        }
        links.restore(merge.linksBefore());
        links.markUndone(merge.id(), actor, clock.instant());
        audit.recordWithChange(new AuditEntry(
                LinkageAuditAction.DUPLICATE_UNMERGE,
                "duplicate_candidate",
                String.valueOf(id),
                clean(note),
                details(
                        candidate,
                        Map.of(
                                "then",
                                reopen ? "OPEN" : "DIFFERENT",
                                "linksRestored",
                                merge.linksBefore().size()))));
    }

    private Candidate inScope(long id) {
        Candidate candidate = candidates.find(id).orElseThrow(() -> new DuplicatePairNotFoundException(id));
        try {
            households.find(candidate.firstHousehold());
            households.find(candidate.secondHousehold());
        } catch (HouseholdNotFoundException outOfScope) {
            throw new DuplicatePairNotFoundException(id);
        }
        return candidate;
    }

    private static DuplicatePair.Side side(Household household, UUID individual) {
        return new DuplicatePair.Side(
                household.members().stream()
                        .filter(member -> member.id().equals(individual))
                        .findFirst()
                        .orElseThrow(),
                household);
    }

    static List<FieldComparison> fields(String explanation) {
        List<FieldComparison> fields = new ArrayList<>();
        for (JsonNode field : JSON.readTree(explanation).path("fields")) {
            String name = field.path("field").asString();
            String first = field.path("first").asString();
            String second = field.path("second").asString();
            fields.add(new FieldComparison(
                    name,
                    MaskedValues.shown(name, first),
                    MaskedValues.shown(name, second),
                    MaskedValues.comparison(first, second),
                    field.path("level").asString(),
                    field.path("weight").asDouble()));
        }
        return fields;
    }

    private static Map<String, Object> details(Candidate candidate, Map<String, Object> more) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("first", candidate.firstId().toString());
        details.put("second", candidate.secondId().toString());
        details.putAll(more);
        return details;
    }

    private static String clean(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String trimmed = note.strip();
        return trimmed.length() > NOTE_LENGTH ? trimmed.substring(0, NOTE_LENGTH) : trimmed;
    }
}
