package org.homeward.web;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its language and writing direction, so Arabic pages are right-to-left. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAttributes {

    @ModelAttribute("lang")
    String language() {
        return isArabic() ? "ar" : "en";
    }

    @ModelAttribute("dir")
    String direction() {
        return isArabic() ? "rtl" : "ltr";
    }

    /** The signed-in user's name, or null on pages seen before login. */
    @ModelAttribute("currentUser")
    String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** Whether the signed-in user administers Homeward (to show the administration link). */
    @ModelAttribute("currentUserIsAdmin")
    boolean currentUserIsAdmin() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> "ROLE_ADMIN".equals(authority.getAuthority()));
    }

    /** Whether the signed-in user may look people up (to show the search link). */
    @ModelAttribute("currentUserSearchesPeople")
    boolean currentUserSearchesPeople() {
        return hasAnyRole("ROLE_REGISTRATION_OFFICER", "ROLE_RECEPTION_MANAGER", "ROLE_COORDINATOR", "ROLE_ADMIN");
    }

    /** Whether the signed-in user may register households (to show the register link). */
    @ModelAttribute("currentUserRegisters")
    boolean currentUserRegisters() {
        return hasAnyRole("ROLE_REGISTRATION_OFFICER", "ROLE_COORDINATOR", "ROLE_ADMIN");
    }

    /** Whether the signed-in user plans allocations (to show the allocation link). */
    @ModelAttribute("currentUserIsPlanner")
    boolean currentUserIsPlanner() {
        return hasAnyRole("ROLE_COORDINATOR", "ROLE_ADMIN");
    }

    /** Whether the signed-in user reviews likely duplicates (to show the duplicates link). */
    @ModelAttribute("currentUserReviewsDuplicates")
    boolean currentUserReviewsDuplicates() {
        return hasAnyRole("ROLE_REGISTRATION_OFFICER", "ROLE_COORDINATOR", "ROLE_ADMIN");
    }

    /** Whether the signed-in user may start batch runs over the registry. */
    @ModelAttribute("currentUserRunsDuplicates")
    boolean currentUserRunsDuplicates() {
        return hasAnyRole("ROLE_COORDINATOR", "ROLE_ADMIN");
    }

    /** Whether the signed-in user works on civil-documentation cases (to show the documentation link). */
    @ModelAttribute("currentUserWorksCases")
    boolean currentUserWorksCases() {
        return hasAnyRole("ROLE_DOCUMENTATION_CASE_WORKER", "ROLE_COORDINATOR", "ROLE_ADMIN");
    }

    /**
     * Every layout attribute at once, for pages rendered outside a controller's own model (an
     * exception handler's page gets none of the attributes above by itself).
     */
    void addTo(org.springframework.ui.Model model) {
        model.addAttribute("lang", language());
        model.addAttribute("dir", direction());
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("currentUserIsAdmin", currentUserIsAdmin());
        model.addAttribute("currentUserSearchesPeople", currentUserSearchesPeople());
        model.addAttribute("currentUserRegisters", currentUserRegisters());
        model.addAttribute("currentUserIsPlanner", currentUserIsPlanner());
        model.addAttribute("currentUserReviewsDuplicates", currentUserReviewsDuplicates());
        model.addAttribute("currentUserRunsDuplicates", currentUserRunsDuplicates());
        model.addAttribute("currentUserWorksCases", currentUserWorksCases());
    }

    private static boolean hasAnyRole(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        java.util.Set<String> wanted = java.util.Set.of(roles);
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> wanted.contains(authority.getAuthority()));
    }

    private static boolean isArabic() {
        Locale locale = LocaleContextHolder.getLocale();
        return "ar".equals(locale.getLanguage());
    }
}
