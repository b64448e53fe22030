package org.homeward.movements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.problems.CommonProblemCode;
import org.homeward.problems.ProblemKind;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a person's decision to return, one record per adult or child on their own, and its
 * withdrawal at any time. A withdrawal is published as {@link VoluntarinessWithdrawn}, so the
 * household comes off its movement; signing again afterwards is a new record.
 */
@Service
public class VoluntarinessService {

    static final int MAX_REASON = 1000;
    private final HouseholdQueries households;
    private final VoluntarinessRecords records;
    private final VoluntarinessValidator validator;
    private final VoluntarinessBriefings briefings;
    private final CoercionSignals signals;
    private final VoluntarinessMessages messages;
    private final VoluntarinessProperties properties;
    private final Clock clock;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    VoluntarinessService(
            HouseholdQueries households,
            VoluntarinessRecords records,
            VoluntarinessValidator validator,
            VoluntarinessBriefings briefings,
            CoercionSignals signals,
            VoluntarinessMessages messages,
            VoluntarinessProperties properties,
            Clock clock,
            CurrentAccess access,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.households = households;
        this.records = records;
        this.validator = validator;
        this.briefings = briefings;
        this.signals = signals;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
        this.access = access;
        this.audit = audit;
        this.events = events;
    }

    /** Keeps the form of one member; refused at a place of custody, without understanding, or twice. */
    @Transactional
    public VoluntarinessRecord record(UUID householdId, UUID individualId, RecordVoluntarinessRequest request) {
        Household household = households.find(householdId);
        Individual member = memberOf(household, individualId);
        LocalDate today = properties.today(clock);
        VoluntarinessBasis basis = VoluntarinessEligibility.basisOf(member, today)
                .orElseThrow(() -> messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.MEMBER_NOT_ELIGIBLE));
        VoluntarinessForm form = validator.validate(request, basis, today);
        if (records.current(individualId).isPresent()) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.ALREADY_RECORDED);
        }
        String destination = household.journey().destinationPcode();
        VoluntarinessBriefing briefing = briefings.brief(destination, today);
        if (!briefing.digest().equals(form.briefingDigest())) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.BRIEFING_CHANGED);
        }
        VoluntarinessRecord record = new VoluntarinessRecord(
                UUID.randomUUID(),
                householdId,
                individualId,
                basis,
                "VOLUNTARY_RETURN",
                access.actor(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                form.placeType(),
                form.placeName(),
                form.interviewLanguage(),
                form.readAloudBy(),
                form.interpreter(),
                form.witness(),
                true,
                true,
                destination,
                briefing.status(),
                form.briefingLanguage(),
                briefing.textIn(form.briefingLanguage()),
                form.bestInterestsBy(),
                form.bestInterestsOn(),
                form.bestInterestsOutcome(),
                form.bestInterestsReference(),
                null,
                null,
                null);
        try {
            records.insert(record);
        } catch (DuplicateKeyException recordedMeanwhile) {
            throw messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.ALREADY_RECORDED);
        }
        long required = household.members().stream()
                .filter(candidate ->
                        VoluntarinessEligibility.basisOf(candidate, today).isPresent())
                .count();
        signals.afterRecord(record, (int) required);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.RECORD_VOLUNTARINESS,
                "household",
                householdId.toString(),
                null,
                details(individualId, record.id())));
        return record;
    }

    /** Withdraws the member's current decision; costs them nothing, takes the household off its movement. */
    @Transactional
    public VoluntarinessRecord withdraw(UUID householdId, UUID individualId, WithdrawVoluntarinessRequest request) {
        Household household = households.find(householdId);
        memberOf(household, individualId);
        String reason =
                request == null || request.reason() == null || request.reason().isBlank()
                        ? null
                        : request.reason().trim();
        if (reason != null && reason.length() > MAX_REASON) {
            throw messages.invalid(
                    java.util.List.of(messages.field("reason", CommonProblemCode.FIELD_TOO_LONG, MAX_REASON)));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID recordId = records.withdraw(individualId, now, access.actor(), reason)
                .orElseThrow(() -> messages.refused(ProblemKind.CONFLICT, MovementsProblemCode.NOT_RECORDED));
        // The reason is protection data: it stays with the record and out of the audit trail.
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.WITHDRAW_VOLUNTARINESS,
                "household",
                householdId.toString(),
                null,
                details(individualId, recordId)));
        events.publishEvent(new VoluntarinessWithdrawn(householdId, individualId, now, access.actor()));
        VoluntarinessRecord withdrawn = records.ofHousehold(householdId).stream()
                .filter(candidate -> candidate.id().equals(recordId))
                .findFirst()
                .orElseThrow();
        return ProtectionRoles.mayReadProtectionData() ? withdrawn : withdrawn.withoutReason();
    }

    private Individual memberOf(Household household, UUID individualId) {
        return household.members().stream()
                .filter(member -> member.id().equals(individualId))
                .findFirst()
                .orElseThrow(() -> messages.refused(ProblemKind.NOT_FOUND, MovementsProblemCode.MEMBER_NOT_FOUND));
    }

    private static Map<String, Object> details(UUID individualId, UUID recordId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("individual", individualId.toString());
        details.put("record", recordId.toString());
        return details;
    }
}
