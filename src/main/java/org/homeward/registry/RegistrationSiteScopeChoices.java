package org.homeward.registry;

import java.util.List;
import org.homeward.access.ScopeChoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registration sites an administrator can give a user as site scopes: the sites written on the
 * registrations the registry holds, so that a site scope names a site exactly as registrations spell it
 * and is picked, never typed. A site is a name people wrote, so it reads the same in both languages.
 */
@Component
class RegistrationSiteScopeChoices implements ScopeChoices {

    /** More sites than this would not fit a list to pick from; no deployment has come near it. */
    static final int MAX_SITES = 2_000;

    private final JdbcClient jdbc;

    RegistrationSiteScopeChoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ScopeChoice> choices(String language) {
        return jdbc.sql("""
                        SELECT DISTINCT registration_site FROM household
                        WHERE registration_site IS NOT NULL AND btrim(registration_site) <> ''
                        ORDER BY registration_site LIMIT :max""").param("max", MAX_SITES).query(String.class).list().stream()
                .map(site -> new ScopeChoice("SITE", site, site))
                .toList();
    }
}
