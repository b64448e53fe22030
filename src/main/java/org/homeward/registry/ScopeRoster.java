package org.homeward.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.AccessScope;
import org.homeward.access.CurrentAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone registered in the caller's scope, each with their household's reference: what a device
 * needs to compute a reference snapshot for checking duplicates offline. People erased at their
 * request are left out. Nothing is recorded here: the caller audits what it hands out.
 */
@Service
public class ScopeRoster {

    private final JdbcClient jdbc;
    private final CurrentAccess access;

    ScopeRoster(JdbcClient jdbc, CurrentAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** One person in the roster: the household's id and reference and the member as registered. */
    public record RosterPerson(java.util.UUID householdId, String householdReference, Individual member) {}

    /** The people in the caller's scope, or empty when there are more than {@code limit} of them. */
    @Transactional(readOnly = true)
    public Optional<List<RosterPerson>> peopleInScope(int limit) {
        AccessScope scope = access.scope();
        if (!scope.personalData()) {
            return Optional.of(List.of());
        }
        String condition = scope.unrestricted() ? "" : " AND " + ScopeFilter.SQL;
        Map<String, Object> parameters = scope.unrestricted() ? Map.of() : ScopeFilter.parameters(scope);
        List<RosterPerson> people = jdbc.sql("""
                        SELECT h.reference, i.* FROM household h JOIN individual i ON i.household_id = h.id
                        WHERE i.erased_at IS NULL""" + condition + " ORDER BY h.reference, i.position LIMIT :limit")
                .params(parameters)
                .param("limit", limit + 1)
                .query((rs, n) -> new RosterPerson(
                        rs.getObject("household_id", java.util.UUID.class),
                        rs.getString("reference"),
                        HouseholdRepository.individual(rs)))
                .list();
        return people.size() > limit ? Optional.empty() : Optional.of(people);
    }
}
