package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
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
import org.homeward.access.LookupRateLimiter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers households, changes them with their history, moves journeys and finds households.
 * Every method sees only the households in the current user's scope (others are "not found"),
 * and every read, search and change is written to the audit trail.
 */
@Service
public class HouseholdService {

    private final HouseholdRepository households;
    private final HouseholdHistory history;
    private final HouseholdSearch search;
    private final HouseholdValidator validator;
    private final Clock clock;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final LookupRateLimiter lookups;
    private final HouseholdVersions versions;

    HouseholdService(
            HouseholdRepository households,
            HouseholdHistory history,
            HouseholdSearch search,
            HouseholdValidator validator,
            Clock clock,
            CurrentAccess access,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events,
            LookupRateLimiter lookups,
            HouseholdVersions versions) {
        this.versions = versions;
        this.events = events;
        this.lookups = lookups;
        this.households = households;
        this.history = history;
        this.search = search;
        this.validator = validator;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
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
                    "REFERENCE_UNUSABLE",
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
        history.record(id, now, actor, "REGISTERED", null, details);
        audit.recordWithChange(AuditEntry.of("REGISTER_HOUSEHOLD", "household", id.toString()));
        events.publishEvent(new HouseholdRecorded(id, "REGISTERED"));
        return SensitiveFields.masked(find(id));
    }

    /** A household in the caller's scope, without recording a read (for work on it, not for showing it). */
    @Transactional(readOnly = true)
    public Household find(UUID id) {
        AccessScope scope = access.scope();
        return households
                .find(id)
                .filter(household -> scope.covers(
                        household.registrationSite(), household.journey().destinationPcode()))
                .orElseThrow(() -> new HouseholdNotFoundException(id.toString()));
    }

    /**
     * A household if it is in the caller's scope, else empty, without recording a read: for work that goes
     * over many households and skips those outside the scope (such as scheduling a plan's week), where a
     * refusal is not an error and must not spoil the caller's transaction.
     */
    @Transactional(readOnly = true)
    public Optional<Household> findInScope(UUID id) {
        AccessScope scope = access.scope();
        return households
                .find(id)
                .filter(household -> scope.covers(
                        household.registrationSite(), household.journey().destinationPcode()));
    }

    /** A household in the caller's scope by its reference as typed, for work on it (not recorded as a read). */
    @Transactional(readOnly = true)
    public Household findByReference(String typed) {
        String reference = HouseholdReferences.normalised(typed);
        requireWellTyped(reference);
        return find(households.idOfReference(reference).orElseThrow(() -> new HouseholdNotFoundException(reference)));
    }

    /**
     * The households in the caller's scope with a member holding each document number, for matching
     * answers brought from outside (such as intention surveys) to households. Numbers are compared as
     * the registry stores them (ASCII digits, capitals); a number held in several households answers
     * all of them, so that the caller can refuse to guess. The lookup is recorded with its purpose and
     * the households it found, never with the numbers.
     */
    @Transactional(readOnly = true)
    public Map<String, List<UUID>> findByDocumentNumbers(java.util.Collection<String> documentNumbers, String purpose) {
        Map<String, String> asStored = new LinkedHashMap<>();
        for (String typed : documentNumbers) {
            if (typed != null && !typed.isBlank()) {
                asStored.put(typed, PhoneNumbers.toAsciiDigits(typed.trim()).toUpperCase(java.util.Locale.ROOT));
            }
        }
        AccessScope scope = access.scope();
        Map<String, List<UUID>> byStored = new LinkedHashMap<>();
        for (Map.Entry<String, UUID> found : households.householdsOfDocuments(
                asStored.values().stream().distinct().toArray(String[]::new))) {
            households
                    .find(found.getValue())
                    .filter(household -> scope.covers(
                            household.registrationSite(), household.journey().destinationPcode()))
                    .ifPresent(household -> byStored.computeIfAbsent(found.getKey(), key -> new ArrayList<>())
                            .add(household.id()));
        }
        Map<String, List<UUID>> answer = new LinkedHashMap<>();
        asStored.forEach((typed, stored) -> answer.put(typed, List.copyOf(byStored.getOrDefault(stored, List.of()))));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("numbers", asStored.size());
        details.put(
                "households",
                byStored.values().stream()
                        .flatMap(List::stream)
                        .map(UUID::toString)
                        .distinct()
                        .toList());
        audit.record(new AuditEntry("LOOKUP_BY_DOCUMENT", "household", null, purpose, details));
        return answer;
    }

    /** A household shown to the caller: the read is recorded in the audit trail. */
    public Household view(UUID id) {
        Household household = find(id);
        audit.record(AuditEntry.of("READ_HOUSEHOLD", "household", id.toString()));
        return SensitiveFields.masked(household);
    }

    /** A member's phone and document number in full; the reveal and its reason go to the audit trail. */
    public RevealedFields reveal(UUID householdId, UUID individualId, String reason) {
        Household household = find(householdId);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "reason", "REVEAL_REASON_MISSING", "Say why you need to see this (at most 500 characters)")));
        }
        Individual member = household.members().stream()
                .filter(candidate -> candidate.id().equals(individualId))
                .findFirst()
                .orElseThrow(() -> new HouseholdNotFoundException(individualId.toString()));
        audit.record(new AuditEntry(
                "REVEAL_SENSITIVE",
                "household",
                householdId.toString(),
                reason.trim(),
                Map.of("individual", individualId.toString())));
        return new RevealedFields(individualId, member.phone(), member.documentNumber());
    }

    /** A household shown to the caller by its reference; such lookups count against the user's lookup limit. */
    public Household viewByReference(String typed) {
        lookups.acquire(LookupRateLimiter.HOUSEHOLD_REFERENCE, "household", null);
        String reference = HouseholdReferences.normalised(typed);
        requireWellTyped(reference);
        UUID id = households.idOfReference(reference).orElseThrow(() -> new HouseholdNotFoundException(reference));
        return view(id);
    }

    private static void requireWellTyped(String reference) {
        if (HouseholdReferences.mistyped(reference)) {
            throw new ReferenceMistypedException();
        }
    }

    public List<HouseholdEvent> history(UUID id) {
        find(id);
        audit.record(AuditEntry.of("READ_HOUSEHOLD_HISTORY", "household", id.toString()));
        AccessScope scope = access.scope();
        return history.of(id).stream()
                .map(event -> HistoryForReader.shown(event, scope))
                .toList();
    }

    /** The latest reads of a household from the audit trail: who looked at it, when. */
    public List<org.homeward.access.AuditRecord> readersOf(UUID id) {
        find(id);
        return audit.query(null, "household", id.toString(), null, null, 100).stream()
                .filter(entry ->
                        entry.action().startsWith("READ_") || entry.action().equals("REVEAL_SENSITIVE"))
                .limit(20)
                .toList();
    }

    /** Searches within the caller's scope; a search that returned people is recorded with who they were. */
    public SearchPage<HouseholdSummary> search(SearchCriteria criteria, int page, int size) {
        SearchPage<HouseholdSummary> result = search.search(
                criteria,
                access.scope(),
                Math.max(page, 0),
                Math.min(Math.max(size, 1), HouseholdSearch.MAX_PAGE_SIZE));
        if (!result.items().isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("criteria", criteria.describe());
            details.put("total", result.total());
            details.put(
                    "households",
                    result.items().stream()
                            .map(item -> item.householdId().toString())
                            .distinct()
                            .toList());
            audit.record(new AuditEntry("SEARCH", "household", null, null, details));
        }
        return result;
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
        Household before = find(id);
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
                    "MEMBER_REMOVAL_NOT_ALLOWED",
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
        history.record(id, now, actor, note == null ? "UPDATED" : note.type(), blankToNull(request.reason()), details);
        audit.recordWithChange(new AuditEntry(
                "UPDATE_HOUSEHOLD",
                "household",
                id.toString(),
                blankToNull(request.reason()),
                Map.of("fields", List.copyOf(changes.keySet()))));
        events.publishEvent(new HouseholdRecorded(id, "UPDATED"));
        return SensitiveFields.masked(find(id));
    }

    @Transactional
    public Household addMember(UUID id, AddMemberRequest request, String actor) {
        Household household = find(id);
        if (request.member() == null) {
            throw new InvalidHouseholdException(
                    List.of(new ValidationProblem("member", "MEMBER_MISSING", "Send the new member")));
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

    @Transactional
    public Household advanceJourney(UUID id, AdvanceJourneyRequest request, String actor) {
        return moveJourney(id, request, null, actor);
    }

    /**
     * Moves the journey because of something done at a reception centre. The centre is kept with
     * the event, so that a user given other centres sees the move without where or why.
     */
    @Transactional
    public Household advanceJourneyAtCentre(UUID id, AdvanceJourneyRequest request, String centreCode, String actor) {
        return moveJourney(id, request, centreCode, actor);
    }

    private Household moveJourney(UUID id, AdvanceJourneyRequest request, String centreCode, String actor) {
        Household before = find(id);
        JourneyStatus next;
        try {
            next = JourneyStatus.valueOf(
                    request.status() == null ? "" : request.status().trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidHouseholdException(
                    List.of(
                            new ValidationProblem(
                                    "status",
                                    "JOURNEY_STATUS_INVALID",
                                    "Not a journey status: use one of INTENDING, REGISTERED, IN_TRANSIT, AT_RECEPTION, RETURNED_HOME, WITHDRAWN")));
        }
        JourneyStatus current = before.journey().status();
        if (request.version() != before.version()) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        if (!current.canMoveTo(next)) {
            throw new JourneyTransitionException(current, next);
        }
        if (next == JourneyStatus.WITHDRAWN
                && (request.reason() == null || request.reason().isBlank())) {
            throw new InvalidHouseholdException(List.of(
                    new ValidationProblem("reason", "WITHDRAWAL_REASON_MISSING", "Say why the journey is withdrawn")));
        }
        if (request.reason() != null && request.reason().length() > 500) {
            throw new InvalidHouseholdException(
                    List.of(new ValidationProblem("reason", "REASON_TOO_LONG", "A reason has at most 500 characters")));
        }
        Instant now = clock.instant();
        versions.keep(before);
        if (households.updateStatus(id, request.version(), next, now) == 0) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", current.name());
        details.put("to", next.name());
        if (centreCode != null) {
            details.put(HistoryForReader.CENTRE, centreCode);
        }
        history.record(id, now, actor, "JOURNEY_MOVED", blankToNull(request.reason()), details);
        audit.recordWithChange(
                new AuditEntry("MOVE_JOURNEY", "household", id.toString(), blankToNull(request.reason()), details));
        events.publishEvent(new JourneyMoved(id, current, next, blankToNull(request.reason()), actor));
        return SensitiveFields.masked(find(id));
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
