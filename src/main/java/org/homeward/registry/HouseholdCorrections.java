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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrects a registration part by part, as the household page does: the household and its journey
 * details, one member, or a member added by mistake removed with a reason. Each correction goes
 * through the same validation, version check, scope and audit as a whole update; a removed member
 * stays in the household's history with the reason, the phone and document number masked.
 */
@Service
public class HouseholdCorrections {

    static final int MAX_REASON = 500;
    private final HouseholdQueries households;
    private final HouseholdCommands commands;
    private final HouseholdRepository repository;
    private final HouseholdHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final HouseholdVersions versions;

    HouseholdCorrections(
            HouseholdQueries households,
            HouseholdCommands commands,
            HouseholdRepository repository,
            HouseholdHistory history,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            HouseholdVersions versions) {
        this.versions = versions;
        this.households = households;
        this.commands = commands;
        this.repository = repository;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The registration site and journey details corrected; the members and journey status stay as they are. */
    @Transactional
    public Household correctHousehold(UUID id, CorrectHouseholdRequest request, String actor) {
        Household before = households.find(id);
        JourneyDetails journey = request.journey() == null
                ? null
                : new JourneyDetails(
                        request.journey().returnType(),
                        request.journey().originCountry(),
                        request.journey().originLocation(),
                        request.journey().crossingPoint(),
                        request.journey().destinationPcode(),
                        request.journey().plannedDate());
        return commands.update(
                id,
                new UpdateHouseholdRequest(
                        request.version(), request.registrationSite(), journey, detailsOf(before), request.reason()),
                actor);
    }

    /** One member corrected; a masked phone or document number sent back leaves the stored one as it was. */
    @Transactional
    public Household correctMember(UUID id, UUID memberId, CorrectMemberRequest request, String actor) {
        Household before = households.find(id);
        int index = indexOf(before, memberId);
        if (request.member() == null) {
            throw new InvalidHouseholdException(List.of(
                    new ValidationProblem("member", RegistryProblemCode.MEMBER_MISSING, "Send the corrected member")));
        }
        List<IndividualDetails> members = detailsOf(before);
        members.set(index, request.member());
        return commands.update(
                id,
                new UpdateHouseholdRequest(
                        request.version(),
                        before.registrationSite(),
                        JourneyDetails.of(before.journey()),
                        members,
                        request.reason()),
                actor);
    }

    /**
     * Removes a member added by mistake. The reason is required; the principal cannot be removed
     * (another member is made principal first). The history keeps who was removed, when, by whom
     * and why. A member other records still name (a likely-duplicate pair, a merge, a data-subject
     * request) is not removed: those are settled first.
     */
    @Transactional
    public Household removeMember(UUID id, UUID memberId, RemoveMemberRequest request, String actor) {
        Household before = households.find(id);
        Individual member = before.members().get(indexOf(before, memberId));
        if (request.version() != before.version()) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        String reason = request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw problem(
                    "reason",
                    RegistryProblemCode.MEMBER_REMOVAL_REASON_MISSING,
                    "Say why this member is removed (at most " + MAX_REASON + " characters)");
        }
        if (member.principal()) {
            throw problem(
                    "members",
                    RegistryProblemCode.MEMBER_REMOVAL_PRINCIPAL,
                    "The principal cannot be removed; make another member the principal first");
        }
        Instant now = clock.instant();
        versions.keep(before);
        if (repository.touch(id, before.version(), now) == 0) {
            throw new StaleHouseholdException(before.reference(), before.version());
        }
        try {
            repository.deleteMember(id, memberId);
        } catch (DataIntegrityViolationException namedElsewhere) {
            throw problem(
                    "members",
                    RegistryProblemCode.MEMBER_REMOVAL_LINKED,
                    "Other records name this member (a likely duplicate, a merge or a request about their data); settle those first");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("position", member.position());
        details.put("member", removedMember(member));
        history.record(id, now, actor, HouseholdEventType.MEMBER_REMOVED, reason, details);
        audit.recordWithChange(new AuditEntry(
                RegistryAuditAction.REMOVE_MEMBER,
                "household",
                id.toString(),
                reason,
                Map.of("individual", memberId.toString())));
        events.publishEvent(new HouseholdRecorded(id, "UPDATED"));
        // Not view(): its read is audited in a transaction of its own, which would wait on this one's audit lock.
        return SensitiveFields.masked(households.find(id));
    }

    /** What the history keeps of a removed member: everything registered, the phone and document masked. */
    private static Map<String, Object> removedMember(Individual member) {
        Map<String, Object> fields = new LinkedHashMap<>(HouseholdChanges.fields(member));
        fields.put("phone", SensitiveFields.maskPhone(member.phone()));
        fields.put("documentNumber", SensitiveFields.maskDocument(member.documentNumber()));
        fields.put("nameAr", member.displayNameArabic());
        fields.put("nameLatin", member.displayNameLatin());
        fields.replaceAll((key, value) -> value == null ? null : value instanceof List<?> ? value : value.toString());
        return fields;
    }

    private static int indexOf(Household household, UUID memberId) {
        for (int i = 0; i < household.members().size(); i++) {
            if (household.members().get(i).id().equals(memberId)) {
                return i;
            }
        }
        throw new HouseholdNotFoundException(String.valueOf(memberId));
    }

    private static List<IndividualDetails> detailsOf(Household household) {
        return new ArrayList<>(
                household.members().stream().map(IndividualDetails::of).toList());
    }

    private static InvalidHouseholdException problem(String field, RegistryProblemCode code, String message) {
        return new InvalidHouseholdException(List.of(new ValidationProblem(field, code, message)));
    }
}
