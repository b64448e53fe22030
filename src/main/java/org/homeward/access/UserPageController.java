package org.homeward.access;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One user's administration page: their role, their scopes picked from the places and centres
 * offered, and a password reset that hands out a one-time password, shown once, which the user must
 * replace at the next sign-in. Every change is audited by the user service.
 */
@Controller
@RequestMapping("/admin/users/{username}")
@PreAuthorize("hasRole('ADMIN')")
class UserPageController {

    private final UserService users;
    private final ScopeCatalogue scopes;

    UserPageController(UserService users, ScopeCatalogue scopes) {
        this.users = users;
        this.scopes = scopes;
    }

    @GetMapping
    String user(@PathVariable String username, Locale locale, Model model, RedirectAttributes redirect) {
        UserAccount account = users.all().stream()
                .filter(candidate -> candidate.username().equals(username))
                .findFirst()
                .orElse(null);
        if (account == null) {
            redirect.addFlashAttribute("problemCode", AccessProblemCode.USER_UNKNOWN);
            return "redirect:/admin/users";
        }
        List<ScopeGrant> granted = users.scopesOf(username);
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("granted", granted.stream().map(ScopeGrant::toString).toList());
        model.addAttribute(
                "sites",
                granted.stream()
                        .filter(grant -> grant.kind().equals("SITE"))
                        .map(ScopeGrant::value)
                        .toList());
        choices(scopes, locale, model);
        // A site held before any registration named it is still shown, picked, so saving keeps it.
        List<String> offeredSites = scopes.offered("SITE", "en").stream()
                .map(ScopeChoices.ScopeChoice::value)
                .toList();
        model.addAttribute(
                "heldSites",
                granted.stream()
                        .filter(grant -> grant.kind().equals("SITE"))
                        .map(ScopeGrant::value)
                        .filter(site -> !offeredSites.contains(site))
                        .toList());
        return "admin/user";
    }

    @PostMapping("/role")
    String role(
            @PathVariable String username, @RequestParam(required = false) String role, RedirectAttributes redirect) {
        try {
            users.changeRole(
                    username,
                    Role.parse(role == null ? "" : role)
                            .orElseThrow(
                                    () -> new UserProblemException(AccessProblemCode.ROLE_UNKNOWN, "Unknown role")));
            redirect.addFlashAttribute("saved", "role");
        } catch (UserProblemException problem) {
            flash(redirect, problem);
        }
        return back(username);
    }

    @PostMapping("/scopes")
    String scopes(
            @PathVariable String username,
            @RequestParam(required = false) List<String> areas,
            @RequestParam(required = false) List<String> centres,
            @RequestParam(required = false) List<String> sites,
            RedirectAttributes redirect) {
        try {
            users.setScopes(username, scopes.grants(areas, centres, sites, users.scopesOf(username)));
            redirect.addFlashAttribute("saved", "scopes");
        } catch (UserProblemException problem) {
            flash(redirect, problem);
        }
        return back(username);
    }

    /**
     * Resets the password and answers the page itself with the one-time password on it, rather than a
     * redirect: a password handed over through the session would be written to the shared session table.
     */
    @PostMapping("/password")
    String password(
            @PathVariable String username,
            Principal principal,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            if (principal.getName().equals(username)) {
                throw new UserProblemException(
                        AccessProblemCode.OWN_PASSWORD, "Change your own password on your password page");
            }
            model.addAttribute("oneTimePassword", users.resetToOneTimePassword(username));
            return user(username, locale, model, redirect);
        } catch (UserProblemException problem) {
            flash(redirect, problem);
        }
        return back(username);
    }

    private static String back(String username) {
        return "redirect:/admin/users/"
                + org.springframework.web.util.UriUtils.encodePathSegment(
                        username, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The areas, centres and registration sites to pick scopes from, labelled in the page's language. */
    static void choices(ScopeCatalogue scopes, Locale locale, Model model) {
        String language = "ar".equals(locale.getLanguage()) ? "ar" : "en";
        model.addAttribute("areaChoices", scopes.offered("AREA", language));
        model.addAttribute("centreChoices", scopes.offered("CENTRE", language));
        model.addAttribute("siteChoices", scopes.offered("SITE", language));
    }

    /** A refusal for the page: its code, translated there, or else its message as it is. */
    static void flash(RedirectAttributes redirect, UserProblemException problem) {
        if (problem.code().isPresent()) {
            redirect.addFlashAttribute("problemCode", problem.code().get().name());
        } else {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
    }
}
