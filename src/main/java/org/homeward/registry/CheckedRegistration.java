package org.homeward.registry;

import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration as an officer or an API client asks for it: refused while a member very likely is
 * already registered and the request does not confirm that match; a confirmed one is registered,
 * its reason kept in the household's history and the pair put in the review queue, all in one
 * transaction.
 */
@Service
class CheckedRegistration {

    static final String CONFIRMED_EVENT = "DUPLICATE_CONFIRMED";
    private final HouseholdService households;
    private final HouseholdHistory history;
    private final ObjectProvider<RegistrationDuplicateCheck> checks;
    private final java.time.Clock clock;
    private final RegistrationProperties settings;

    CheckedRegistration(HouseholdService households, HouseholdHistory history,
                        ObjectProvider<RegistrationDuplicateCheck> checks, java.time.Clock clock,
                        RegistrationProperties settings) {
        this.settings = settings;
        this.households = households;
        this.history = history;
        this.checks = checks;
        this.clock = clock;
    }

    @Transactional
    public Household register(RegisterHouseholdRequest request, String actor) {
        Optional<VeryLikelyMatch> match = settings.isConfirmVeryLikelyDuplicates()
                ? checks.orderedStream().findFirst().flatMap(check -> check.veryLikelyMatch(request)) : Optional.empty();
        DuplicateConfirmation confirmation = request.duplicateConfirmation();
        if (match.isPresent() && (confirmation == null || !confirmation.confirms(match.get().reference()))) {
            throw new VeryLikelyDuplicateException(match.get());
        }
        Household household = households.register(request, actor);
        match.ifPresent(confirmed -> recordConfirmed(household, request, confirmed, actor));
        return household;
    }

    private void recordConfirmed(Household household, RegisterHouseholdRequest request, VeryLikelyMatch match,
                                 String actor) {
        history.record(household.id(), clock.instant(), actor, CONFIRMED_EVENT,
                request.duplicateConfirmation().reason().strip(),
                Map.of("reference", match.reference(), "member", match.position() + 1));
        household.members().stream().filter(member -> member.position() == match.position()).findFirst()
                .ifPresent(member -> checks.orderedStream().findFirst().ifPresent(check -> check.queueForReview(match,
                        request.members().get(match.position()), member.id())));
    }
}
