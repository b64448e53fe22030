package org.homeward.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit page: the latest entries, a search by user, household and days, and the check of the
 * chain. A household is named by its reference (either form) or its id; the search is posted so that
 * the reference stays out of addresses, and a search naming a household is itself recorded.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

    private static final int SHOWN = 200;
    private final AuditTrail audit;
    private final CurrentAccess access;
    private final ObjectProvider<AuditReferences> references;

    AuditPageController(AuditTrail audit, ObjectProvider<AuditReferences> references, CurrentAccess access) {
        this.audit = audit;
        this.access = access;
        this.references = references;
    }

    @GetMapping
    String latest(Model model) {
        return show(AuditSearch.none(), model);
    }

    @PostMapping
    String search(@ModelAttribute AuditSearch search, Model model) {
        return show(search, model);
    }

    private String show(AuditSearch search, Model model) {
        model.addAttribute("search", search);
        if (search.namesHousehold()) {
            Optional<String> household = householdIdOf(search.household().trim());
            if (household.isEmpty()) {
                model.addAttribute("unknownHousehold", true);
                model.addAttribute("entries", List.of());
            } else {
                model.addAttribute("entries", entries(search, household.get()));
            }
        } else {
            model.addAttribute("entries", entries(search, null));
        }
        if (Boolean.TRUE.equals(search.verify())) {
            model.addAttribute("verified", true);
            model.addAttribute("broken", audit.firstBrokenLink().orElse(null));
            model.addAttribute("size", audit.size());
        }
        return "admin/audit";
    }

    /** The household's id: the text itself when it is one, otherwise what the registry finds for the reference. */
    private Optional<String> householdIdOf(String typed) {
        try {
            return Optional.of(UUID.fromString(typed).toString());
        } catch (IllegalArgumentException notAnId) {
            AuditReferences registry = references.getIfAvailable();
            return registry == null ? Optional.empty() : registry.householdIdOf(typed);
        }
    }

    private List<AuditRecord> entries(AuditSearch search, String household) {
        String user = search.user() == null || search.user().isBlank()
                ? null
                : search.user().trim();
        return audit.read(
                access.actor(),
                user,
                household == null ? null : "household",
                household,
                start(search.from()),
                start(search.to() == null ? null : search.to().plusDays(1)),
                SHOWN);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
