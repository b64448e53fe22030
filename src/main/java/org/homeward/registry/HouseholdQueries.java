package org.homeward.registry;

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
 * The read side of the registry: finds, shows and searches households and their history, for this
 * feature's pages and for every other feature that works on a household. Only households in the
 * current user's scope are found (others are "not found"); what is shown to a person, a search that
 * returned people and a reveal are written to the audit trail, work on a household is not.
 */
@Service
public class HouseholdQueries {

    private final HouseholdRepository households;
    private final HouseholdHistory history;
    private final HouseholdSearch search;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final LookupRateLimiter lookups;

    HouseholdQueries(
            HouseholdRepository households,
            HouseholdHistory history,
            HouseholdSearch search,
            CurrentAccess access,
            AuditTrail audit,
            LookupRateLimiter lookups) {
        this.households = households;
        this.history = history;
        this.search = search;
        this.access = access;
        this.audit = audit;
        this.lookups = lookups;
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
        audit.record(new AuditEntry(RegistryAuditAction.LOOKUP_BY_DOCUMENT, "household", null, purpose, details));
        return answer;
    }

    /** A household shown to the caller: the read is recorded in the audit trail. */
    public Household view(UUID id) {
        Household household = find(id);
        audit.record(AuditEntry.of(RegistryAuditAction.READ_HOUSEHOLD, "household", id.toString()));
        return SensitiveFields.masked(household);
    }

    /** A member's phone and document number in full; the reveal and its reason go to the audit trail. */
    public RevealedFields reveal(UUID householdId, UUID individualId, String reason) {
        Household household = find(householdId);
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidHouseholdException(List.of(new ValidationProblem(
                    "reason",
                    RegistryProblemCode.REVEAL_REASON_MISSING,
                    "Say why you need to see this (at most 500 characters)")));
        }
        Individual member = household.members().stream()
                .filter(candidate -> candidate.id().equals(individualId))
                .findFirst()
                .orElseThrow(() -> new HouseholdNotFoundException(individualId.toString()));
        audit.record(new AuditEntry(
                RegistryAuditAction.REVEAL_SENSITIVE,
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
        audit.record(AuditEntry.of(RegistryAuditAction.READ_HOUSEHOLD_HISTORY, "household", id.toString()));
        AccessScope scope = access.scope();
        return history.of(id).stream()
                .map(event -> HistoryForReader.shown(event, scope))
                .toList();
    }

    /** The latest reads of a household from the audit trail: who looked at it, when. */
    public List<org.homeward.access.AuditRecord> readersOf(UUID id) {
        find(id);
        return audit.query(null, "household", id.toString(), null, null, 100).stream()
                .filter(entry -> entry.action().startsWith("READ_")
                        || entry.action().equals(RegistryAuditAction.REVEAL_SENSITIVE.name()))
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
            audit.record(new AuditEntry(RegistryAuditAction.SEARCH, "household", null, null, details));
        }
        return result;
    }
}
