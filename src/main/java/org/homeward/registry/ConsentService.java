package org.homeward.registry;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records what each household consented to and answers whether a use of its data is allowed. */
@Service
public class ConsentService {

    private final JdbcClient jdbc;
    private final HouseholdQueries households;
    private final HouseholdHistory history;
    private final AuditTrail audit;
    private final Clock clock;
    private final HouseholdVersions versions;

    ConsentService(
            JdbcClient jdbc,
            HouseholdQueries households,
            HouseholdHistory history,
            AuditTrail audit,
            Clock clock,
            HouseholdVersions versions) {
        this.versions = versions;
        this.jdbc = jdbc;
        this.households = households;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the household consented to, shown to the caller: the read is recorded in the audit trail. */
    public Consent consentOf(UUID householdId) {
        households.find(householdId);
        Consent consent = stored(householdId);
        audit.record(AuditEntry.of(RegistryAuditAction.READ_CONSENT, "household", householdId.toString()));
        return consent;
    }

    private Consent stored(UUID householdId) {
        return jdbc.sql(
                        "SELECT consent_purposes, consent_partners, consent_given_by, consent_method, consent_recorded_at "
                                + "FROM household WHERE id = :id")
                .param("id", householdId)
                .query((rs, n) -> new Consent(
                        purposes(rs.getArray(1)),
                        List.of(strings(rs.getArray(2))),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .single();
    }

    @Transactional
    public Consent record(UUID householdId, ConsentRequest request, String actor) {
        Household household = households.find(householdId);
        ConsentRules.Checked checked =
                ConsentRules.check(request.purposes(), request.partners(), request.method(), request.givenBy());
        if (!checked.problems().isEmpty()) {
            throw new InvalidHouseholdException(checked.problems());
        }
        Set<Purpose> purposes = checked.purposes();
        List<String> partners = checked.partners();
        String method = checked.method();
        Instant now = clock.instant();
        versions.keep(household);
        int rows = jdbc.sql("""
                        UPDATE household SET consent_purposes = :purposes, consent_partners = :partners,
                            consent_given_by = :givenBy, consent_method = :method, consent_recorded_at = :now,
                            version = version + 1, updated_at = :now
                        WHERE id = :id AND version = :version""")
                .param("purposes", purposes.stream().map(Enum::name).toArray(String[]::new))
                .param("partners", partners.toArray(String[]::new))
                .param("givenBy", checked.givenBy())
                .param("method", method)
                .param("now", Timestamp.from(now))
                .param("id", householdId)
                .param("version", request.version())
                .update();
        if (rows == 0) {
            throw new StaleHouseholdException(household.reference(), household.version());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("purposes", purposes.stream().map(Enum::name).toList());
        details.put("partners", partners);
        details.put("method", method);
        history.record(householdId, now, actor, HouseholdEventType.CONSENT_RECORDED, null, details);
        audit.recordWithChange(
                new AuditEntry(RegistryAuditAction.RECORD_CONSENT, "household", householdId.toString(), null, details));
        return stored(householdId);
    }

    private static Set<Purpose> purposes(Array array) throws SQLException {
        Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
        for (String name : strings(array)) {
            purposes.add(Purpose.valueOf(name));
        }
        return purposes;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null
                ? new String[0]
                : Arrays.stream((Object[]) array.getArray())
                        .map(String::valueOf)
                        .toArray(String[]::new);
    }
}
