package org.homeward.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration pages: users with their roles and scopes, and the audit trail. */
@Controller
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AdminPageController {

    private final UserService users;
    private final AuditTrail audit;

    AdminPageController(UserService users, AuditTrail audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/users")
    String users(Model model) {
        List<UserAccount> accounts = users.all();
        model.addAttribute("accounts", accounts);
        model.addAttribute("scopes", accounts.stream().collect(java.util.stream.Collectors.toMap(UserAccount::username,
                account -> users.scopesOf(account.username()))));
        model.addAttribute("roles", Role.values());
        return "admin/users";
    }

    @PostMapping("/users")
    String create(@RequestParam String username, @RequestParam String role, @RequestParam(required = false) String organisation,
                  @RequestParam(required = false) String scopes, RedirectAttributes redirect) {
        try {
            Role parsed = Role.parse(role).orElseThrow(() -> new UserProblemException("Unknown role"));
            List<ScopeGrant> grants = scopes == null || scopes.isBlank() ? List.of()
                    : Arrays.stream(scopes.split("[,\\s]+")).filter(scope -> !scope.isBlank()).map(ScopeGrant::parse).toList();
            String password = users.randomPassword(16);
            users.create(username, parsed, password, organisation);
            users.setScopes(username.trim().toLowerCase(java.util.Locale.ROOT), grants);
            redirect.addFlashAttribute("created", username);
            redirect.addFlashAttribute("password", password);
        } catch (UserProblemException problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/users/enabled")
    String enable(@RequestParam String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            users.setEnabled(username, enabled);
        } catch (UserProblemException problem) {
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String household,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(required = false) Boolean verify, Model model) {
        model.addAttribute("entries", audit.query(user, household == null || household.isBlank() ? null : "household",
                household, start(from), start(to == null ? null : to.plusDays(1)), 200));
        model.addAttribute("user", user);
        model.addAttribute("household", household);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (Boolean.TRUE.equals(verify)) {
            model.addAttribute("verified", true);
            model.addAttribute("broken", audit.firstBrokenLink().orElse(null));
            model.addAttribute("size", audit.size());
        }
        return "admin/audit";
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
