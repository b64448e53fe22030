package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the registry for a household's details: registers households, hands out
 * references for offline use and changes details and members, each change a new version with its
 * history event and audit entry. Only households in the current user's scope can be changed; the
 * journey moves through {@link JourneyCommands}.
 */
@Service
public class HouseholdCommands {

    private final HouseholdRepository households;
    private final HouseholdQueries queries;
    private final HouseholdHistory history;
    private final HouseholdValidator validator;
    private final Clock clock;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final HouseholdVersions versions;

    HouseholdCommands(
            HouseholdRepository households,
            HouseholdQueries queries,
            HouseholdHistory history,
            HouseholdValidator validator,
            Clock clock,
            CurrentAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events,
            HouseholdVersions versions) {
        this.households = households;
        this.queries = queries;
        this.history = history;
        this.validator = validator;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.versions = versions;
    }

    @Transactional
    public Household register(RegisterHouseholdRequest request, String actor) {
        return registerAs(request, households.nextReference(), actor);
    }

    /**
     * Registers a household under a reference handed out earlier (reserved for a device that printed the
     * slip offline). The caller answers for the reference being reserved to it; a reference that is not
     * well formed, or that a household already has, is refused.
     */
    @Transactional
    public Household registerWithReference(RegisterHouseholdRequest request, String reference, String actor) {
        String normalised = HouseholdReferences.normalised(reference);
        if (!HouseholdReferences.wellFormed(normalised)
                || households.idOfReference(normalised).isPresent()) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "reference",
                    RegistryProblemCode.REFERENCE_UNUSABLE,
                    "This reference is not one Homeward gave out, or a household already has it")));
        }
        return registerAs(request, normalised, actor);
    }

    /**
     * References no household has yet, for a device to hold and print offline. They are drawn like every
     * reference; the caller keeps them (and makes sure it never hands one out twice).
     */
    public List<String> freshReferences(int count) {
        return households.nextReferences(count);
    }

    private Household registerAs(RegisterHouseholdRequest request, String reference, String actor) {
        ValidatedHousehold household = validator.validate(request);
        requireInScope(household);
        UUID id = RecordIds.next();
        Instant now = clock.instant();
        households.insert(id, reference, null, household, now, actor);
        for (Individual member : household.members()) {
            households.insertMember(id, withId(member, RecordIds.next()));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("members", household.members().size());
        details.put("status", household.journey().status().name());
        details.put("destination", household.journey().destinationPcode());
        history.record(id, now, actor, HouseholdEventType.REGISTERED, null, details);
        audit.recordWithChange(AuditEntry.of(RegistryAuditAction.REGISTER_HOUSEHOLD, "household", id.toString()));
        events.publishEvent(new HouseholdRecorded(id, "REGISTERED"));
        return SensitiveFields.masked(queries.find(id));
    }

    private void requireInScope(ValidatedHousehold household) {
        if (!access.scope()
                .covers(household.registrationSite(), household.journey().destinationPcode())) {
            throw new OutOfScopeException();
        }
    }

    /**
     * Replaces the household's details by a new version. Members are matched by their place in the
     * list; a member can be added here but not removed: removal has its own recorded action with a
     * reason ({@link HouseholdCorrections#removeMember}).
     */
    @Transactional
    public Household update(UUID id, UpdateHouseholdRequest request, String actor) {
        return update(id, request, actor, null);
    }

    /**
     * An update recorded in the history under its own kind of event, with what says where it came
     * from (an offline edit's device, a conflict's decision) beside its changes; a plain update when
     * {@code note} is null.
     */
    @Transactional
    Household update(UUID id, UpdateHouseholdRequest request, String actor, HistoryNote note) {
        Household before = queries.find(id);
        if (request.version() != before.version()) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        List<ValidationProblem> problems = new ArrayList<>();
        JourneyDetails journey = request.journey() == null
                ? null
                : new JourneyDetails(
                        request.journey().returnType(),
                        request.journey().originCountry(),
                        request.journey().originLocation(),
                        request.journey().crossingPoint(),
                        request.journey().destinationPcode(),
                        request.journey().plannedDate(),
                        before.journey().status().name());
        ValidatedHousehold after = validator.check(
                request.registrationSite(), journey, keepMaskedValues(request.members(), before), problems);
        if (problems.isEmpty()) {
            requireInScope(after);
        }
        if (request.members().size() < before.members().size()) {
            problems.add(new ValidationProblem(
                    "members",
                    RegistryProblemCode.MEMBER_REMOVAL_NOT_ALLOWED,
                    "Members cannot be removed by an edit; remove one with its own action and a reason"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidHouseholdException(problems);
        }
        // A new member never takes the position of one removed, so a history key names one person.
        int nextPosition = Math.max(HouseholdChanges.nextPosition(before), history.positionAfterRemoved(id));
        Map<String, Object> changes = HouseholdChanges.between(before, after, nextPosition);
        if (changes.isEmpty()) {
            return SensitiveFields.masked(before);
        }
        Instant now = clock.instant();
        versions.keep(before);
        if (households.update(id, request.version(), after, now) == 0) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        // Members are matched by their place in the list; a new one takes the next free position.
        for (Individual member : after.members()) {
            if (member.position() < before.members().size()) {
                households.updateMember(
                        withId(member, before.members().get(member.position()).id()));
            } else {
                households.insertMember(id, withPosition(withId(member, RecordIds.next()), nextPosition++));
            }
        }
        Map<String, Object> details = note == null ? changes : note.with(changes);
        history.record(
                id,
                now,
                actor,
                note == null ? HouseholdEventType.UPDATED : note.type(),
                blankToNull(request.reason()),
                details);
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.UPDATE_HOUSEHOLD,
                "household",
                id.toString(),
                blankToNull(request.reason()),
                Map.of("fields", List.copyOf(changes.keySet()))));
        events.publishEvent(new HouseholdRecorded(id, "UPDATED"));
        return SensitiveFields.masked(queries.find(id));
    }

    @Transactional
    public Household addMember(UUID id, AddMemberRequest request, String actor) {
        Household household = queries.find(id);
        if (request.member() == null) {
            throw new InvalidHouseholdException(List.of(
                    new ValidationProblem("member", RegistryProblemCode.MEMBER_MISSING, "Send the new member")));
        }
        List<IndividualDetails> members = new ArrayList<>(
                household.members().stream().map(IndividualDetails::of).toList());
        members.add(request.member());
        return update(
                id,
                new UpdateHouseholdRequest(
                        request.version(),
                        household.registrationSite(),
                        JourneyDetails.of(household.journey()),
                        members,
                        request.reason()),
                actor);
    }

    /** An edit that sends a masked phone or document number back leaves the stored value as it was. */
    private static List<IndividualDetails> keepMaskedValues(List<IndividualDetails> members, Household before) {
        List<IndividualDetails> kept = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            IndividualDetails sent = members.get(i);
            if (i >= before.members().size() || sent == null) {
                kept.add(sent);
                continue;
            }
            Individual stored = before.members().get(i);
            String phone = SensitiveFields.isMaskOf(sent.phone(), stored.phone(), true) ? stored.phone() : sent.phone();
            String document = SensitiveFields.isMaskOf(sent.documentNumber(), stored.documentNumber(), false)
                    ? stored.documentNumber()
                    : sent.documentNumber();
            kept.add(new IndividualDetails(
                    sent.relationship(),
                    sent.nameChain(),
                    sent.sex(),
                    sent.birthDate(),
                    phone,
                    sent.documentType(),
                    document,
                    sent.placeOfOrigin(),
                    sent.specificNeeds(),
                    sent.nationality(),
                    sent.birthCountry(),
                    sent.birthPlace(),
                    sent.birthTown()));
        }
        return kept;
    }

    static Individual withId(Individual member, UUID id) {
        return member.with(id, member.position(), member.phone(), member.documentNumber());
    }

    static Individual withPosition(Individual member, int position) {
        return member.with(member.id(), position, member.phone(), member.documentNumber());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
