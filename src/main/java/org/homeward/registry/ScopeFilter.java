package org.homeward.registry;

import java.util.Map;
import org.homeward.access.AccessScope;

/** The SQL condition that keeps a query on household {@code h} inside a user's scope. */
final class ScopeFilter {

    static final String SQL = "(h.registration_site = ANY(:scopeSites) "
            + "OR EXISTS (SELECT 1 FROM unnest(CAST(:scopeAreas AS text[])) area WHERE h.destination_pcode LIKE area || '%'))";

    private ScopeFilter() {}

    static Map<String, Object> parameters(AccessScope scope) {
        return Map.of("scopeSites", scope.sitesArray(), "scopeAreas", scope.areasArray());
    }
}
