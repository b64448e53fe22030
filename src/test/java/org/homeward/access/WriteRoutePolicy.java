package org.homeward.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may call each state-changing route, and what the route changes, as designed. Every POST,
 * PUT, PATCH and DELETE the application maps must match a rule here, so a new write route cannot
 * escape the write-matrix test.
 */
final class WriteRoutePolicy {

    /** What a route changes, and so which scope a caller must have over it. */
    enum Target {
        /** Nothing a scope is about (a new household, a user, a figure, a run): the role alone decides. */
        NONE,
        /** One household, by its id: the caller's sites and areas. */
        HOUSEHOLD,
        /** One reception centre, by its code: the caller's centres. */
        CENTRE,
        /** One stay, by its id: the caller's centres. */
        STAY,
        /** One pair of likely duplicates: both households in the caller's sites and areas. */
        PAIR,
        /** One documentation case, by its id: its household in the caller's sites and areas. */
        CASE,
        /** One proposed documentation case, by its id: its household in the caller's sites and areas. */
        PROPOSAL
    }

    /** The roles that may call a route and what it changes. */
    record Rule(Set<String> methods, Pattern path, Set<Role> roles, Target target) {
        boolean matches(String method, String route) {
            return methods.contains(method) && path.matcher(route).matches();
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    private WriteRoutePolicy allow(String methods, String path, Set<Role> roles, Target target) {
        rules.add(new Rule(Set.of(methods.split(",")), Pattern.compile(path), roles, target));
        return this;
    }

    Rule ruleFor(String method, String route) {
        return rules.stream()
                .filter(rule -> rule.matches(method, route))
                .findFirst()
                .orElse(null);
    }

    /** The application's design for writes, route by route (first matching rule wins). */
    static WriteRoutePolicy homeward() {
        Set<Role> writers = RoutePolicy.PERSON_WRITERS;
        Set<Role> reception = RoutePolicy.RECEPTION;
        Set<Role> planners = RoutePolicy.PLANNERS;
        Set<Role> figures = Set.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN);
        return new WriteRoutePolicy()
                // Searches are posted only to keep their criteria out of URLs; they change nothing.
                .allow("POST", "/api/v1/households/search|/households/search", RoutePolicy.PERSON_READERS, Target.NONE)
                .allow("POST", "/api/v1/households|/api/v1/households/likely-duplicates", writers, Target.NONE)
                // A conflict is reached by its id; its household's scope is checked by the registry
                // (OfflineEditConflictIT).
                .allow("POST", "(/api/v1)?/edit-conflicts/\\{conflictId}(/resolution)?", planners, Target.NONE)
                .allow("POST,PUT", "/api/v1/households/\\{id}(/.*)?", writers, Target.HOUSEHOLD)
                .allow("POST", "/households|/households/new/likely-duplicates", writers, Target.NONE)
                .allow("POST", "/households/\\{id}/.*", writers, Target.HOUSEHOLD)
                .allow("POST,PUT,DELETE,PATCH", "/api/v1/users(/.*)?|/admin(/.*)?", RoutePolicy.ADMINS, Target.NONE)
                .allow("POST", "/api/v1/tokens", RoutePolicy.EVERYONE, Target.NONE)
                .allow("POST", "/account/password", RoutePolicy.EVERYONE, Target.NONE)
                // A device, its references and its outbox are the officer's own; the households synced are
                // scoped by the registry like any registration.
                .allow("POST", "/api/v1/offline/.*", writers, Target.NONE)
                // A bundle carried from a device: its households are scoped by the registry like any registration.
                .allow("POST", "/offline/bundles", planners, Target.NONE)
                .allow("POST", "/api/v1/centres|/api/v1/centres/import|/centres|/centres/import", planners, Target.NONE)
                .allow("PUT", "/api/v1/centres/\\{code}", reception, Target.CENTRE)
                .allow("POST", "/centres/\\{code}", reception, Target.CENTRE)
                // The board's box: a name or a phone is posted to keep it out of URLs; it changes nothing.
                .allow("POST", "/centres/\\{code}/arrival", reception, Target.CENTRE)
                .allow("POST", "/api/v1/centres/\\{code}/stays|/centres/\\{code}/check-in", reception, Target.CENTRE)
                .allow("POST", "/api/v1/stays/\\{id}/.*|/stays/\\{id}/.*", reception, Target.STAY)
                .allow("POST", "/allocation/.*", planners, Target.NONE)
                .allow("POST,PUT", "/api/v1/statistics/figures(/.*)?|/statistics/figures(/.*)?", figures, Target.NONE)
                .allow(
                        "POST",
                        "/api/v1/intentions/(import|mappings)|/intentions/(import|mappings)",
                        writers,
                        Target.NONE)
                .allow("POST", "/duplicates/runs", planners, Target.NONE)
                // The queue's filter: a reference or a name is posted to keep it out of URLs; it changes nothing.
                .allow("POST", "/duplicates/filter", writers, Target.NONE)
                .allow("POST", "/duplicates/\\{id}/.*", writers, Target.PAIR)
                .allow(
                        "POST",
                        "/api/v1/voluntariness/households/\\{id}/.*|/voluntariness/households/\\{id}/.*",
                        writers,
                        Target.HOUSEHOLD)
                .allow(
                        "POST",
                        "/api/v1/voluntariness/signals/\\{signalId}/review|/voluntariness/protection/\\{signalId}/review",
                        planners,
                        Target.NONE)
                .allow("POST", "/conditions/import|/api/v1/conditions/assessments", planners, Target.NONE)
                .allow("POST", "/api/v1/evidence/re-encryption", RoutePolicy.ADMINS, Target.NONE)
                .allow(
                        "POST",
                        "(/api/v1)?/(evidence|referrals)/households/\\{id}(/locker)?",
                        RoutePolicy.EVIDENCE_WORKERS,
                        Target.HOUSEHOLD)
                .allow("POST", "(/api/v1)?/referrals/\\{referralId}/outcome", RoutePolicy.EVIDENCE_WORKERS, Target.NONE)
                .allow("POST", "/sharing-agreements", RoutePolicy.ADMINS, Target.NONE)
                .allow("POST", "(/api/v1)?/movements/\\{id}/(boarding|no-shows|no-show)", writers, Target.NONE)
                .allow("POST", "(/api/v1)?/movements/\\{id}/arrival", RoutePolicy.PERSON_READERS, Target.NONE)
                .allow("POST", "(/api/v1)?/(movement-alerts|follow-ups)/\\{id}(/resolve)?", planners, Target.NONE)
                // Plans hold figures only; a movement is reached by its id and its households by the registry's
                // scope inside the service, which the manifest tests check (ManifestIT).
                .allow("POST,PUT", "/api/v1/plans(/.*)?|/plans(/.*)?", planners, Target.NONE)
                .allow("POST", "(/api/v1)?/movements/\\{id}/households/\\{householdId}/booking", planners, Target.NONE)
                .allow(
                        "POST",
                        "(/api/v1)?/movements/\\{id}/households(/\\{householdId}/removal)?",
                        writers,
                        Target.NONE)
                .allow("POST", "/api/v1/movements(/.*)?|/movements(/.*)?", planners, Target.NONE)
                .allow("POST", "/api/v1/documentation/cases", RoutePolicy.CASE_WORKERS, Target.NONE)
                .allow("POST", "(/api/v1)?/documentation/cases/\\{id}/.*", RoutePolicy.CASE_WORKERS, Target.CASE)
                .allow(
                        "POST",
                        "(/api/v1)?/documentation/proposals/\\{id}/.*",
                        RoutePolicy.CASE_WORKERS,
                        Target.PROPOSAL);
    }
}
