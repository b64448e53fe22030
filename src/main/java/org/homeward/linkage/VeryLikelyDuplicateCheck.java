package org.homeward.linkage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.registry.RegistrationDuplicateCheck;
import org.homeward.registry.VeryLikelyMatch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's very-likely-duplicate check, answered by the on-entry check: a member whose best
 * match reaches the queue's "very likely" band must be confirmed before the household is saved,
 * and a confirmed pair goes straight to the review queue rather than wait for the next run.
 */
@Component
class VeryLikelyDuplicateCheck implements RegistrationDuplicateCheck {

    private final LikelyDuplicateService onEntry;
    private final HouseholdQueries households;
    private final DuplicateIndex index;
    private final JdbcClient jdbc;
    private final Clock clock;

    VeryLikelyDuplicateCheck(
            LikelyDuplicateService onEntry,
            HouseholdQueries households,
            DuplicateIndex index,
            JdbcClient jdbc,
            Clock clock) {
        this.onEntry = onEntry;
        this.households = households;
        this.index = index;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<VeryLikelyMatch> veryLikelyMatch(RegisterHouseholdRequest request) {
        LikelyDuplicates answer = onEntry.check(request);
        return answer.members().stream()
                .flatMap(member -> member.matches().stream()
                        .filter(match -> match.probability() >= EntryCheckMatch.VERY_LIKELY)
                        .map(match -> new Candidate(member.position(), match)))
                .max(Comparator.comparingDouble(candidate -> candidate.match().probability()))
                .flatMap(this::named);
    }

    private Optional<VeryLikelyMatch> named(Candidate candidate) {
        LikelyDuplicates.Match match = candidate.match();
        try {
            String reference = households.find(match.householdId()).reference();
            return Optional.of(new VeryLikelyMatch(
                    candidate.position(),
                    match.individualId(),
                    match.householdId(),
                    reference,
                    match.name(),
                    match.probability()));
        } catch (HouseholdNotFoundException outOfScope) {
            return Optional.empty();
        }
    }

    @Override
    public void queueForReview(VeryLikelyMatch match, IndividualDetails member, UUID registeredIndividualId) {
        String earlier = match.individualId().toString();
        index
                .likelyMatches(
                        LikelyDuplicateService.entry(member, registeredIndividualId.toString()),
                        LinkageSettings.DEFAULT_REVIEW_WEIGHT,
                        LikelyDuplicateService.MATCHES_PER_MEMBER * 4)
                .stream()
                .filter(found -> found.pair().rightId().equals(earlier))
                .findFirst()
                .ifPresent(found ->
                        DuplicateRunService.writeCandidate(jdbc, found.pair(), Timestamp.from(clock.instant())));
    }

    private record Candidate(int position, LikelyDuplicates.Match match) {}
}
