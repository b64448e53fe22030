package org.homeward.linkage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.ChainPart;
import org.homeward.registry.DatePrecision;
import org.homeward.registry.FoldedSpellings;
import org.homeward.registry.Individual;
import org.homeward.registry.NameChain;
import org.homeward.registry.NamePart;
import org.homeward.registry.ScopeRoster;
import org.homeward.registry.ScopeRoster.RosterPerson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds the reference snapshot of the caller's scope for offline duplicate checks: each person's
 * name chain folded into keys the way the server folds it (both scripts), never the names themselves.
 * Every download is audited with the number of people and the households it held.
 */
@Service
class ReferenceSnapshotService {

    private final ScopeRoster roster;
    private final FoldedSpellings folding;
    private final DeviceNameList names;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxPeople;

    ReferenceSnapshotService(
            ScopeRoster roster,
            FoldedSpellings folding,
            DeviceNameList names,
            AuditTrail audit,
            Clock clock,
            @Value("${homeward.offline.snapshot-max-people:20000}") int maxPeople) {
        this.roster = roster;
        this.folding = folding;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
        this.maxPeople = maxPeople;
    }

    ReferenceSnapshot snapshot() {
        return snapshot(maxPeople);
    }

    ReferenceSnapshot snapshot(int limit) {
        List<RosterPerson> people = roster.peopleInScope(limit).orElseThrow(() -> new SnapshotTooLargeException(limit));
        List<ReferenceSnapshot.Entry> entries = new ArrayList<>();
        for (RosterPerson person : people) {
            entries.add(entry(person));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("people", entries.size());
        details.put(
                "households",
                people.stream()
                        .map(person -> person.householdId().toString())
                        .distinct()
                        .toList());
        audit.record(new AuditEntry(LinkageAuditAction.DOWNLOAD_REFERENCE_SNAPSHOT, "household", null, null, details));
        return new ReferenceSnapshot(clock.instant(), entries.size(), entries);
    }

    private ReferenceSnapshot.Entry entry(RosterPerson person) {
        Individual member = person.member();
        DatePrecision precision = member.birthDate().precision();
        Integer year = member.birthDate().date() == null || precision == DatePrecision.UNKNOWN
                ? null
                : member.birthDate().date().getYear();
        Integer month = year == null || precision == DatePrecision.YEAR
                ? null
                : member.birthDate().date().getMonthValue();
        return new ReferenceSnapshot.Entry(
                person.householdReference(),
                member.sex().name(),
                year,
                month,
                precision.name(),
                keys(member.names(), ChainPart.GIVEN),
                keys(member.names(), ChainPart.FATHER),
                keys(member.names(), ChainPart.GRANDFATHER),
                keys(member.names(), ChainPart.FAMILY),
                listed(member.names().given()),
                listed(member.names().father()),
                listed(member.names().grandfather()));
    }

    /** The folded keys of one part of the chain in both scripts, sorted. */
    private List<String> keys(NameChain chain, ChainPart part) {
        NamePart written = chain.part(part);
        TreeSet<String> keys = new TreeSet<>(folding.of(written.arabic(), part));
        keys.addAll(folding.of(written.latin(), part));
        return List.copyOf(keys);
    }

    private String listed(NamePart written) {
        String latin = written.latin();
        String arabic = written.arabic();
        String fromLatin = latin == null ? null : names.listedName(latin);
        return fromLatin != null ? fromLatin : arabic == null ? null : names.listedName(arabic);
    }
}
