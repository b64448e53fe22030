package org.homeward.access;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is acting and what they may see, for the code below the controllers. Without a signed-in
 * user (the command line, start-up work) the actor is the system and the scope is everything.
 */
@Component
public class CurrentAccess {

    static final String SYSTEM = "system";
    private static final String SCOPE_ATTRIBUTE = CurrentAccess.class.getName() + ".scope";
    private final JdbcClient jdbc;

    CurrentAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in user's name, or "system". */
    public String actor() {
        return user().map(Authentication::getName).orElse(SYSTEM);
    }

    /** Whether a person is signed in (rather than the system acting on its own). */
    public boolean isUser() {
        return user().isPresent();
    }

    /** The signed-in user's scope, read once per request. */
    public AccessScope scope() {
        Optional<Authentication> user = user();
        if (user.isEmpty()) {
            return AccessScope.EVERYTHING;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null
                && request.getAttribute(SCOPE_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                        instanceof AccessScope cached) {
            return cached;
        }
        AccessScope scope = load(user.get());
        if (request != null) {
            request.setAttribute(SCOPE_ATTRIBUTE, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    /** The address the current request comes from, if there is a request. */
    public Optional<String> remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return Optional.ofNullable(servlet.getRequest().getRemoteAddr());
        }
        return Optional.empty();
    }

    /**
     * The scope another user would have when signed in, such as the case worker a case is given to;
     * nothing for a user that does not exist or is disabled.
     */
    public AccessScope scopeOf(String username) {
        Optional<String> role = jdbc.sql("SELECT role FROM app_user WHERE username = :username AND enabled")
                .param("username", username)
                .query(String.class)
                .optional();
        return role.flatMap(Role::parse).map(known -> load(username, known)).orElse(AccessScope.NOTHING);
    }

    private AccessScope load(Authentication user) {
        Role role = user.getAuthorities().stream()
                .map(authority -> authority.getAuthority().replace("ROLE_", ""))
                .map(Role::parse)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        return role == null ? AccessScope.NOTHING : load(user.getName(), role);
    }

    private AccessScope load(String username, Role role) {
        if (role == Role.ANALYST) {
            return AccessScope.NOTHING;
        }
        List<ScopeEntry> entries = jdbc.sql("""
                        SELECT s.kind, s.value FROM user_scope s JOIN app_user u ON u.id = s.user_id
                        WHERE u.username = :username""")
                .param("username", username)
                .query(ScopeEntry.class)
                .list();
        Set<String> sites = new HashSet<>();
        Set<String> areas = new HashSet<>();
        Set<String> centres = new HashSet<>();
        for (ScopeEntry entry : entries) {
            switch (entry.kind()) {
                case "SITE" -> sites.add(entry.value());
                case "AREA" -> areas.add(entry.value());
                default -> centres.add(entry.value());
            }
        }
        // Coordinators and reception managers without sites or areas work nationally on households;
        // a reception manager's centres limit the stays they manage, not the arrivals they look up.
        boolean national = role == Role.ADMIN
                || (role == Role.COORDINATOR || role == Role.RECEPTION_MANAGER) && sites.isEmpty() && areas.isEmpty();
        return new AccessScope(national, true, sites, areas, centres);
    }

    private static Optional<Authentication> user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    record ScopeEntry(String kind, String value) {}
}
