package org.homeward.reception;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.HouseholdQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of stays: a stay, the households staying at or booked into a centre, and a
 * household's stays and their history, only at the centres the user is given. What is shown to a
 * person is written to the audit trail; {@link #find} for work on a stay is not.
 */
@Service
public class StayQueries {

    private final StayRepository stays;
    private final StayListing listing;
    private final StayHistory history;
    private final CentreRepository centres;
    private final HouseholdQueries households;
    private final CentreScope scope;
    private final AuditTrail audit;

    StayQueries(
            StayRepository stays,
            StayListing listing,
            StayHistory history,
            CentreRepository centres,
            HouseholdQueries households,
            CentreScope scope,
            AuditTrail audit) {
        this.stays = stays;
        this.listing = listing;
        this.history = history;
        this.centres = centres;
        this.households = households;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Stay find(UUID stayId) {
        return stays.find(stayId)
                .filter(stay -> scope.covers(stay.centreCode()))
                .orElseThrow(() -> new StayNotFoundException(stayId.toString()));
    }

    /** A stay shown to the caller: the read is recorded in the audit trail under its household. */
    @Transactional(readOnly = true)
    public Stay view(UUID stayId) {
        Stay stay = find(stayId);
        audit.record(new AuditEntry(
                ReceptionAuditAction.READ_STAY,
                "household",
                stay.householdId().toString(),
                null,
                Map.of("stay", stayId.toString(), "centre", stay.centreCode())));
        return stay;
    }

    /** The households staying in the centre now, latest first, whose reference or principal's name contains the text. */
    @Transactional(readOnly = true)
    public ResidentPage residents(String centreCode, String text, int page, int size) {
        scope.require(centreCode);
        centres.find(centreCode).orElseThrow(() -> new CentreNotFoundException(centreCode));
        ResidentPage residents = listing.residents(centreCode, text, page, size);
        if (!residents.items().isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("filtered", text != null && !text.isBlank());
            details.put("total", residents.total());
            details.put(
                    "households",
                    residents.items().stream()
                            .map(resident -> resident.stay().householdId().toString())
                            .toList());
            audit.record(new AuditEntry(ReceptionAuditAction.LIST_RESIDENTS, "centre", centreCode, null, details));
        }
        return residents;
    }

    /** The centre's bookings whose households have not arrived, the soonest expected first. */
    @Transactional(readOnly = true)
    public ResidentPage bookings(String centreCode, int page, int size) {
        scope.require(centreCode);
        centres.find(centreCode).orElseThrow(() -> new CentreNotFoundException(centreCode));
        ResidentPage bookings = listing.bookings(centreCode, page, size);
        if (!bookings.items().isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("total", bookings.total());
            details.put(
                    "households",
                    bookings.items().stream()
                            .map(booked -> booked.stay().householdId().toString())
                            .toList());
            audit.record(new AuditEntry(ReceptionAuditAction.LIST_BOOKINGS, "centre", centreCode, null, details));
        }
        return bookings;
    }

    /** Every stay of the household at the user's centres, the latest first (the household must be in scope). */
    @Transactional(readOnly = true)
    public List<Stay> staysOf(UUID householdId) {
        households.find(householdId);
        audit.record(AuditEntry.of(ReceptionAuditAction.READ_STAYS, "household", householdId.toString()));
        return scope.only(stays.staysOf(householdId), Stay::centreCode);
    }

    /** Everything that happened to the household's stays at the user's centres, in order: who, when, where and why. */
    @Transactional(readOnly = true)
    public List<StayEvent> historyOf(UUID householdId) {
        households.find(householdId);
        audit.record(AuditEntry.of(ReceptionAuditAction.READ_STAY_HISTORY, "household", householdId.toString()));
        return scope.only(history.ofHousehold(householdId), StayEvent::centreCode);
    }
}
