package org.homeward.movements;

/** Who may do what with plans and movements, as method-security expressions (see docs/movements.md). */
final class MovementRoles {

    /** Those who make plans and movements, book reception, decide amber verdicts and let movements depart. */
    static final String PLAN = "hasAnyRole('COORDINATOR','ADMIN')";
    /** Those who see plans and their funnels: figures only, so analysts too. */
    static final String SEE_FIGURES = "isAuthenticated()";
    /** Those who see movements and their manifests (households, never analysts). */
    static final String SEE_MANIFESTS = "hasAnyRole('REGISTRATION_OFFICER','RECEPTION_MANAGER','COORDINATOR','ADMIN')";
    /** Those who put households of their scope on manifests and take them off. */
    static final String SCHEDULE = "hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')";

    /** The roles that see a plan's funnel exact; every other reader sees it through small-cell protection. */
    private static final java.util.Set<String> EXACT_FIGURES = java.util.Set.of("ROLE_COORDINATOR", "ROLE_ADMIN");

    private MovementRoles() {}

    /**
     * Whether the user sees a plan's funnel exact: coordinators and administrators run the operation
     * and see every manifest anyway; everyone else reads it protected.
     */
    static boolean seesExactFigures(org.springframework.security.core.Authentication user) {
        return user != null
                && user.getAuthorities().stream()
                        .anyMatch(authority -> EXACT_FIGURES.contains(authority.getAuthority()));
    }
}
