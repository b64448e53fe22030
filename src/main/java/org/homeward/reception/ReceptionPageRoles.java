package org.homeward.reception;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What the signed-in user may do on the reception pages, so that pages offer only the links and
 * buttons that will work. The controllers' method security is what enforces it.
 */
record ReceptionPageRoles(boolean seePeople, boolean movePeople, boolean editCentres, boolean planCentres) {

    static ReceptionPageRoles of(Authentication authentication) {
        Set<String> roles = authentication == null
                ? Set.of()
                : authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
        boolean staff = roles.contains("ROLE_RECEPTION_MANAGER")
                || roles.contains("ROLE_COORDINATOR")
                || roles.contains("ROLE_ADMIN");
        boolean planner = roles.contains("ROLE_COORDINATOR") || roles.contains("ROLE_ADMIN");
        return new ReceptionPageRoles(staff, staff, staff, planner);
    }
}
