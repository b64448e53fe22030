package org.homeward.cli;

import java.util.List;
import java.util.function.Supplier;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The named people who did the demo's work: two registration officers at the demo field office (one
 * records forms, the other asks again on the day) and a coordinator. They are real accounts, so
 * their names stand in the records and the audit trail as any officer's would, but each has a random
 * password nobody is told and is disabled: nobody signs in as them.
 */
final class DemoOfficers {

    static final String FIELD_OFFICE = "Demo field office";
    static final String RECORDER = "demo.rania.haddad";
    static final String CONFIRMER = "demo.karim.nasser";
    static final String COORDINATOR = "demo.lina.mansour";

    private DemoOfficers() {}

    static void create(UserService users) {
        for (String officer : List.of(RECORDER, CONFIRMER)) {
            users.create(officer, Role.REGISTRATION_OFFICER, users.randomPassword(24), "Demo NGO");
            users.setScopes(officer, List.of(new ScopeGrant("SITE", FIELD_OFFICE)));
            users.setEnabled(officer, false);
        }
        users.create(COORDINATOR, Role.COORDINATOR, users.randomPassword(24), "Demo NGO");
        users.setEnabled(COORDINATOR, false);
    }

    /** Runs the work as the named officer, so that the services see them as the one acting. */
    static <T> T as(String officer, Supplier<T> work) {
        Role role = COORDINATOR.equals(officer) ? Role.COORDINATOR : Role.REGISTRATION_OFFICER;
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                officer, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    static void as(String officer, Runnable work) {
        as(officer, () -> {
            work.run();
            return null;
        });
    }
}
