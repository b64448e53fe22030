package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Service;

/**
 * Shows a household's voluntariness: who must decide, their records and re-confirmations. Each
 * read is in the audit trail like any read of personal data; withdrawal reasons are shown only to
 * coordinators and administrators.
 */
@Service
public class VoluntarinessReader {

    private final HouseholdQueries households;
    private final VoluntarinessRecords records;
    private final VoluntarinessBriefings briefings;
    private final VoluntarinessProperties properties;
    private final Clock clock;
    private final AuditTrail audit;

    VoluntarinessReader(
            HouseholdQueries households,
            VoluntarinessRecords records,
            VoluntarinessBriefings briefings,
            VoluntarinessProperties properties,
            Clock clock,
            AuditTrail audit) {
        this.households = households;
        this.records = records;
        this.briefings = briefings;
        this.properties = properties;
        this.clock = clock;
        this.audit = audit;
    }

    public VoluntarinessHousehold view(UUID householdId) {
        Household household = households.find(householdId);
        LocalDate today = properties.today(clock);
        boolean protection = ProtectionRoles.mayReadProtectionData();
        List<VoluntarinessRecord> kept = records.ofHousehold(householdId).stream()
                .map(record -> protection ? record : record.withoutReason())
                .toList();
        Map<UUID, VoluntarinessRecord> current = kept.stream()
                .filter(VoluntarinessRecord::current)
                .collect(Collectors.toMap(VoluntarinessRecord::individualId, Function.identity()));
        List<VoluntarinessMember> members = household.members().stream()
                .map(member -> member(member, today, Optional.ofNullable(current.get(member.id()))))
                .toList();
        audit.record(new AuditEntry(
                MovementAuditAction.READ_VOLUNTARINESS,
                "household",
                householdId.toString(),
                null,
                Map.of("records", kept.size(), "withdrawalReasons", protection)));
        return new VoluntarinessHousehold(
                householdId,
                household.reference(),
                household.journey().destinationPcode(),
                today,
                members,
                briefings.brief(household.journey().destinationPcode(), today),
                kept,
                records.reconfirmationsOf(householdId));
    }

    private static VoluntarinessMember member(
            Individual member, LocalDate today, Optional<VoluntarinessRecord> current) {
        return new VoluntarinessMember(
                member.id(),
                member.position(),
                member.relationship().name(),
                member.displayNameArabic(),
                member.displayNameLatin(),
                VoluntarinessEligibility.basisOf(member, today),
                current);
    }
}
