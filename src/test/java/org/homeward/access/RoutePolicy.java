package org.homeward.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may reach each route of the application, as designed. Every route the running application
 * maps must match a rule here, so a new route cannot escape the access-matrix test.
 */
final class RoutePolicy {

    /** Who may call a route: nobody signed in, anyone signed in, or the listed roles. */
    record Rule(Set<String> methods, Pattern path, boolean open, Set<Role> roles, boolean reveals) {
        boolean matches(String method, String route) {
            return (methods.isEmpty() || methods.contains(method))
                    && path.matcher(route).matches();
        }
    }

    static final Set<Role> EVERYONE = Set.of(Role.values());
    static final Set<Role> PERSON_READERS =
            Set.of(Role.REGISTRATION_OFFICER, Role.RECEPTION_MANAGER, Role.COORDINATOR, Role.ADMIN);
    static final Set<Role> PERSON_WRITERS = Set.of(Role.REGISTRATION_OFFICER, Role.COORDINATOR, Role.ADMIN);
    static final Set<Role> ADMINS = Set.of(Role.ADMIN);
    static final Set<Role> RECEPTION = Set.of(Role.RECEPTION_MANAGER, Role.COORDINATOR, Role.ADMIN);
    static final Set<Role> PLANNERS = Set.of(Role.COORDINATOR, Role.ADMIN);
    /** Evidence files and referrals, with cases: documentation case workers, coordinators, administrators. */
    static final Set<Role> EVIDENCE_WORKERS = Set.of(Role.DOCUMENTATION_CASE_WORKER, Role.COORDINATOR, Role.ADMIN);

    static final Set<Role> CASE_WORKERS = Set.of(Role.DOCUMENTATION_CASE_WORKER, Role.COORDINATOR, Role.ADMIN);
    private final List<Rule> rules = new ArrayList<>();

    private RoutePolicy open(String methods, String path) {
        rules.add(new Rule(methods(methods), Pattern.compile(path), true, EVERYONE, false));
        return this;
    }

    private RoutePolicy allow(String methods, String path, Set<Role> roles) {
        rules.add(new Rule(methods(methods), Pattern.compile(path), false, roles, false));
        return this;
    }

    /** A route whose purpose is to show phones and documents whole (recorded as a reveal). */
    private RoutePolicy reveal(String methods, String path, Set<Role> roles) {
        rules.add(new Rule(methods(methods), Pattern.compile(path), false, roles, true));
        return this;
    }

    private static Set<String> methods(String methods) {
        return methods.equals("*") ? Set.of() : Set.of(methods.split(","));
    }

    Rule ruleFor(String method, String route) {
        return rules.stream()
                .filter(rule -> rule.matches(method, route))
                .findFirst()
                .orElse(null);
    }

    /** The application's design, route by route (first matching rule wins). */
    static RoutePolicy homeward() {
        return new RoutePolicy()
                .open("GET", "/login|/error|/offline/sw\\.js")
                .allow("GET,POST", "(/api/v1)?/edit-conflicts(/.*)?", PLANNERS)
                .allow("GET", "/api/v1/linkage/(snapshot|given-names)", PERSON_WRITERS)
                .allow("GET", "/offline/devices", PLANNERS)
                .allow("GET,POST", "/offline/bundles", PLANNERS)
                .allow("GET", "/api/v1/offline/bundle-key", PERSON_WRITERS)
                .allow("GET", "/offline/register(/\\{language})?", PERSON_WRITERS)
                .allow("POST", "/api/v1/offline/.*", PERSON_WRITERS)
                .allow("GET", "/households/\\{id}/members/\\{memberId}/summary", PERSON_WRITERS)
                .allow(
                        "GET",
                        "/api/v1/voluntariness/households/\\{id}|/voluntariness/households/\\{id}",
                        PERSON_WRITERS)
                .allow(
                        "POST",
                        "/api/v1/voluntariness/households/\\{id}/.*|/voluntariness/households/\\{id}/.*",
                        PERSON_WRITERS)
                .allow("GET,POST", "/api/v1/voluntariness/signals(/.*)?|/voluntariness/protection(/.*)?", PLANNERS)
                .allow("GET", "/api/v1/households(/.*)?", PERSON_READERS)
                .allow("POST", "/api/v1/households/search", PERSON_READERS)
                .allow("POST,PUT", "/api/v1/households(/.*)?", PERSON_WRITERS)
                .allow("*", "/api/v1/users(/.*)?", ADMINS)
                .allow("POST", "/api/v1/tokens", EVERYONE)
                .allow("GET", "/api/v1/places(/.*)?", EVERYONE)
                .allow("GET", "/api/v1/openapi(/.*)?|/api/v1/docs(/.*)?|/api/v1/openapi\\.yaml", EVERYONE)
                .allow("GET", "/api/v1/centres/\\{code}/(history|stays|bookings|expected-today)", RECEPTION)
                .allow("GET", "/api/v1/stays(/.*)?", RECEPTION)
                .allow("POST", "/api/v1/(centres/\\{code}/stays|stays/.*)", RECEPTION)
                .allow("GET", "/api/v1/centres(\\.csv)?(/\\{code})?|/api/v1/forecast", EVERYONE)
                .allow("POST", "/api/v1/centres(/import)?", PLANNERS)
                .allow("PUT", "/api/v1/centres/\\{code}", RECEPTION)
                .allow("GET", "/centres|/forecast", EVERYONE)
                .allow("GET", "/centres/new|/centres/import", PLANNERS)
                .allow("POST", "/centres|/centres/import", PLANNERS)
                .allow("GET", "/centres/\\{code}/edit", RECEPTION)
                .allow("POST", "/centres/\\{code}", RECEPTION)
                .allow("GET", "/centres/\\{code}(/arrival)?", RECEPTION)
                .allow("POST", "/centres/\\{code}/arrival", RECEPTION)
                .allow(
                        "POST",
                        "/centres/\\{code}/check-in|/stays/\\{id}/(check-out|transfer|members|release)",
                        RECEPTION)
                .allow("GET", "/allocation(/.*)?", PLANNERS)
                .allow("POST", "/allocation/.*", PLANNERS)
                .allow("GET", "/api/v1/statistics(/.*)?|/statistics(/.*)?", EVERYONE)
                .allow(
                        "POST,PUT",
                        "/api/v1/statistics/figures(/.*)?|/statistics/figures(/.*)?",
                        Set.of(Role.ANALYST, Role.COORDINATOR, Role.ADMIN))
                .allow("GET", "/api/v1/intentions/figures|/intentions/figures", EVERYONE)
                .allow("GET,POST", "/api/v1/intentions/(import|mappings)|/intentions/(import|mappings)", PERSON_WRITERS)
                .allow("GET", "/intentions/import/progress/\\{token}", PERSON_WRITERS)
                .allow("GET", "/api/v1/documentation/figures|/documentation/figures(/.*)?", EVERYONE)
                .allow("*", "/api/v1/documentation(/.*)?|/documentation(/.*)?", CASE_WORKERS)
                .allow("GET", "/", EVERYONE)
                .allow("GET,POST", "/conditions/import", PLANNERS)
                .allow("POST", "/api/v1/conditions/assessments", PLANNERS)
                .allow("GET", "/conditions(/.*)?|/api/v1/conditions(/.*)?", EVERYONE)
                .allow("GET,POST", "/duplicates/runs(/.*)?", PLANNERS)
                .allow("GET,POST", "/duplicates(/.*)?", PERSON_WRITERS)
                .allow(
                        "GET",
                        "/movements/\\{id}/manifest\\.pdf",
                        Set.of(Role.REGISTRATION_OFFICER, Role.COORDINATOR, Role.ADMIN))
                .allow("GET", "/movements/\\{id}/sharing(/.*)?|/sharing-agreements", PLANNERS)
                .allow("POST", "/sharing-agreements", ADMINS)
                .allow("GET", "/households(/.*)?", PERSON_READERS)
                .allow("POST", "/households/search", PERSON_READERS)
                .allow("POST", "/households(/.*)?", PERSON_WRITERS)
                .allow("GET", "/places(/.*)?", EVERYONE)
                .allow("*", "/admin(/.*)?", ADMINS)
                // Everyone signed in chooses their own password here (the only page open after a reset).
                .allow("GET,POST", "/account/password", EVERYONE)
                .allow("POST", "/api/v1/evidence/re-encryption", ADMINS)
                .allow("GET,POST", "/api/v1/(evidence|referrals)/.*|/(evidence|referrals)/.*", EVIDENCE_WORKERS)
                .allow(
                        "GET,POST",
                        "/api/v1/movements/\\{id}/(boarding|no-shows)|/movements/\\{id}/(boarding(/slip)?|no-show)",
                        PERSON_WRITERS)
                .allow(
                        "GET,POST",
                        "/api/v1/movements/\\{id}/(reconciliation|arrival)|/movements/\\{id}/arrival",
                        PERSON_READERS)
                .allow("GET,POST", "(/api/v1)?/(movement-alerts|follow-ups)(/.*)?", PLANNERS)
                .allow("GET", "/api/v1/plans/\\{id}/movements", PERSON_READERS)
                .allow("GET", "/api/v1/plans(/.*)?|/plans(/.*)?", EVERYONE)
                .allow("POST,PUT", "/api/v1/plans(/.*)?|/plans(/.*)?", PLANNERS)
                .allow("GET", "/api/v1/movements(/.*)?|/movements(/.*)?", PERSON_READERS)
                .allow("POST", "(/api/v1)?/movements/\\{id}/households/\\{householdId}/booking", PLANNERS)
                .allow("POST", "(/api/v1)?/movements/\\{id}/households(/\\{householdId}/removal)?", PERSON_WRITERS)
                .allow("POST", "/api/v1/movements(/.*)?|/movements(/.*)?", PLANNERS);
    }
}
