package org.homeward.movements;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who does what with voluntariness, as method-security expressions, and who may read protection
 * data (withdrawal reasons, coercion signals): coordinators and administrators only.
 */
final class ProtectionRoles {

    /** Those who record, withdraw and re-confirm voluntariness, and read households' records. */
    static final String VOLUNTARINESS_OFFICERS = "hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')";
    /** Those who review the coercion signals and read withdrawal reasons. */
    static final String PROTECTION_REVIEWERS = "hasAnyRole('COORDINATOR','ADMIN')";

    private ProtectionRoles() {}

    /** Whether the signed-in user may read withdrawal reasons and coercion signals. */
    static boolean mayReadProtectionData() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null) {
            return false;
        }
        Set<String> wanted = Set.of("ROLE_COORDINATOR", "ROLE_ADMIN");
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(wanted::contains);
    }
}
