package org.homeward.registry;

import java.util.List;
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

    private final HouseholdQueries households;
    private final HouseholdCommands commands;
    private final HouseholdHistory history;
    private final ObjectProvider<RegistrationDuplicateCheck> checks;
    private final java.time.Clock clock;
    private final RegistrationProperties settings;
    private final ConsentService consents;

    CheckedRegistration(
            HouseholdQueries households,
            HouseholdCommands commands,
            HouseholdHistory history,
            ObjectProvider<RegistrationDuplicateCheck> checks,
            java.time.Clock clock,
            RegistrationProperties settings,
            ConsentService consents) {
        this.settings = settings;
        this.consents = consents;
        this.households = households;
        this.commands = commands;
        this.history = history;
        this.checks = checks;
        this.clock = clock;
    }

    /** Registers the household with the consent the request carries, if any (see the method below). */
    @Transactional
    public Household register(RegisterHouseholdRequest request, String actor) {
        return register(
                request, request.consent() == null ? null : request.consent().toRequest(), actor);
    }

    /**
     * Registers the household and, when the consent questions were answered, records that consent
     * with it: both or neither. Consent that breaks its rules refuses the registration before anything
     * is written, its problems named by field ({@code consent.method}, ...).
     */
    @Transactional
    public Household register(RegisterHouseholdRequest request, ConsentRequest consent, String actor) {
        if (consent != null) {
            List<ValidationProblem> problems = ConsentRules.check(
                            consent.purposes(), consent.partners(), consent.method(), consent.givenBy())
                    .problems();
            if (!problems.isEmpty()) {
                throw new InvalidHouseholdException(problems.stream()
                        .map(problem ->
                                new ValidationProblem("consent." + problem.field(), problem.code(), problem.message()))
                        .toList());
            }
        }
        Optional<VeryLikelyMatch> match = settings.isConfirmVeryLikelyDuplicates()
                ? checks.orderedStream().findFirst().flatMap(check -> check.veryLikelyMatch(request))
                : Optional.empty();
        DuplicateConfirmation confirmation = request.duplicateConfirmation();
        if (match.isPresent()
                && (confirmation == null || !confirmation.confirms(match.get().reference()))) {
            throw new VeryLikelyDuplicateException(match.get());
        }
        Household household = commands.register(request, actor);
        match.ifPresent(confirmed -> recordConfirmed(household, request, confirmed, actor));
        if (consent == null) {
            return household;
        }
        consents.record(
                household.id(),
                new ConsentRequest(
                        household.version(),
                        consent.purposes(),
                        consent.partners(),
                        consent.givenBy(),
                        consent.method()),
                actor);
        // Shown to the caller like every household: phone and document numbers masked.
        return SensitiveFields.masked(households.find(household.id()));
    }

    private void recordConfirmed(
            Household household, RegisterHouseholdRequest request, VeryLikelyMatch match, String actor) {
        history.record(
                household.id(),
                clock.instant(),
                actor,
                HouseholdEventType.DUPLICATE_CONFIRMED,
                request.duplicateConfirmation().reason().strip(),
                Map.of("reference", match.reference(), "member", match.position() + 1));
        household.members().stream()
                .filter(member -> member.position() == match.position())
                .findFirst()
                .ifPresent(member -> checks.orderedStream()
                        .findFirst()
                        .ifPresent(check ->
                                check.queueForReview(match, request.members().get(match.position()), member.id())));
    }
}
