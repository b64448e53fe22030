package org.homeward.access;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages: the users with their roles and scopes, a new user, and enabling or disabling one. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminPageController {

    private final UserService users;
    private final ScopeCatalogue scopes;

    AdminPageController(UserService users, ScopeCatalogue scopes) {
        this.users = users;
        this.scopes = scopes;
    }

    @GetMapping("/users")
    String users(Locale locale, Model model) {
        List<UserAccount> accounts = users.all();
        model.addAttribute("accounts", accounts);
        model.addAttribute(
                "scopes",
                accounts.stream()
                        .collect(Collectors.toMap(
                                UserAccount::username, account -> users.scopesOf(account.username()))));
        model.addAttribute("roles", Role.values());
        UserPageController.choices(scopes, locale, model);
        model.addAttribute(
                "organisations",
                accounts.stream()
                        .map(UserAccount::organisation)
                        .filter(organisation -> organisation != null && !organisation.isBlank())
                        .distinct()
                        .sorted()
                        .toList());
        return "admin/users";
    }

    @PostMapping("/users")
    String create(
            @RequestParam String username,
            @RequestParam String role,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) List<String> areas,
            @RequestParam(required = false) List<String> centres,
            @RequestParam(required = false) List<String> sites,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        try {
            Role parsed = Role.parse(role)
                    .orElseThrow(() -> new UserProblemException(AccessProblemCode.ROLE_UNKNOWN, "Unknown role"));
            List<ScopeGrant> grants = scopes.grants(areas, centres, sites);
            String password = users.randomPassword(16);
            UserAccount created = users.create(username, parsed, password, organisation);
            users.setScopes(created.username(), grants);
            // The page answers itself, not a redirect: the password is never written to the session table.
            model.addAttribute("created", created.username());
            model.addAttribute("password", password);
            return users(locale, model);
        } catch (UserProblemException problem) {
            UserPageController.flash(redirect, problem);
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/users/enabled")
    String enable(@RequestParam String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            users.setEnabled(username, enabled);
        } catch (UserProblemException problem) {
            UserPageController.flash(redirect, problem);
        }
        return "redirect:/admin/users";
    }
}
