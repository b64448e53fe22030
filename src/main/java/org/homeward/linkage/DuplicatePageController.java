package org.homeward.linkage;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.homeward.access.AccessScope;
import org.homeward.access.CurrentAccess;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.InvalidHouseholdException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue of likely duplicates, one pair side by side with its decision, and the batch runs. */
@Controller
@RequestMapping("/duplicates")
class DuplicatePageController {

    static final int PAGE_SIZE = 20;
    private final DuplicateReviewService review;
    private final DuplicateRunLauncher launcher;
    private final CurrentAccess access;
    private final PlaceLookup places;

    DuplicatePageController(
            DuplicateReviewService review, DuplicateRunLauncher launcher, CurrentAccess access, PlaceLookup places) {
        this.review = review;
        this.launcher = launcher;
        this.access = access;
        this.places = places;
    }

    /**
     * One of the reviewer's own sites or areas, as the filter offers it: the value the form sends, and the
     * site's name or the area's name in the page's language with its P-code, so that nobody reads a bare code.
     */
    record MineChoice(String value, boolean site, String name) {}

    @GetMapping
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String queue(
            @RequestParam(required = false) Long after,
            @RequestParam(required = false) String band,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UUID household,
            @RequestParam(required = false) String search,
            HttpSession session,
            Locale locale,
            Model model) {
        QueueFilter filter = filter(band, reason, sort, household, search, session);
        model.addAttribute("queue", review.queue(filter, after, PAGE_SIZE));
        model.addAttribute(
                "search", QueueSearches.find(session, filter.search()).orElse(new QueueSearch(null, null)));
        model.addAttribute("myScopes", mineChoices(locale.getLanguage()));
        return "linkage/queue";
    }

    private List<MineChoice> mineChoices(String language) {
        return myScopes().stream()
                .map(mine -> mine.startsWith("SITE:")
                        ? new MineChoice(mine, true, mine.substring(5))
                        : new MineChoice(
                                mine,
                                false,
                                places.displayName(mine.substring(5), language)
                                        .map(name -> name + " (" + mine.substring(5) + ")")
                                        .orElse(mine.substring(5))))
                .toList();
    }

    /** The reviewer's own registration sites and areas ({@code SITE:...}, {@code AREA:...}), to pick one from. */
    private List<String> myScopes() {
        AccessScope scope = access.scope();
        if (scope.unrestricted() || !scope.personalData()) {
            return List.of();
        }
        return java.util.stream.Stream.concat(
                        scope.sites().stream().sorted().map(site -> "SITE:" + site),
                        scope.areas().stream().sorted().map(area -> "AREA:" + area))
                .toList();
    }

    /**
     * The filter form: a reference or a name is personal, so it comes by POST and is kept in the session;
     * the queue it redirects to carries only the id it is kept under.
     */
    @PostMapping("/filter")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String applyFilter(
            @RequestParam(required = false) String band,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UUID household,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String mine,
            HttpSession session) {
        QueueFilter filter = QueueFilter.of(band, reason, sort, household);
        // Only one of the reviewer's own sites or areas narrows the queue; anything else is ignored.
        QueueSearch search =
                new QueueSearch(reference, name, mine != null && myScopes().contains(mine) ? mine : null);
        if (!search.isEmpty()) {
            filter = filter.searching(QueueSearches.keep(session, search), search);
        }
        return "redirect:/duplicates" + filter.query('?');
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String pair(
            @PathVariable long id,
            @RequestParam(required = false) String band,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UUID household,
            @RequestParam(required = false) String search,
            HttpSession session,
            Model model) {
        model.addAttribute("pair", review.pair(id));
        model.addAttribute("filter", filter(band, reason, sort, household, search, session));
        return "linkage/pair";
    }

    /** The filter of the request, with the reference and name kept in the session under {@code search}, if any. */
    private static QueueFilter filter(
            String band, String reason, String sort, UUID household, String search, HttpSession session) {
        QueueFilter filter = QueueFilter.of(band, reason, sort, household);
        return QueueSearches.find(session, search)
                .map(kept -> filter.searching(search, kept))
                .orElse(filter);
    }

    /** Shows both numbers whole once, on the page the reveal leads back to; the reason is required and audited. */
    @PostMapping("/{id}/reveal")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String reveal(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("revealed", review.reveal(id, reason));
        } catch (InvalidHouseholdException invalid) {
            redirect.addFlashAttribute("revealError", invalid.problems().get(0).code());
        }
        return "redirect:/duplicates/" + id;
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String decide(
            @PathVariable long id,
            @RequestParam String verdict,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String band,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) UUID household,
            @RequestParam(required = false) String search,
            HttpSession session) {
        QueueFilter filter = filter(band, reason, sort, household, search, session);
        if ("SAME".equals(verdict)) {
            review.judgeSame(id, note);
        } else if ("DIFFERENT".equals(verdict)) {
            review.judgeDifferent(id, note);
        } else {
            throw new DuplicatePairNotFoundException(id);
        }
        // The reviewer goes on with the pair that follows this one in the same filter and order.
        String decided = "decided=" + verdict + filter.query('&');
        return review.nextPair(filter, id)
                .map(next -> "redirect:/duplicates/" + next + "?" + decided)
                .orElse("redirect:/duplicates?" + decided);
    }

    @PostMapping("/{id}/unmerge")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String unmerge(
            @PathVariable long id,
            @RequestParam(defaultValue = "OPEN") String then,
            @RequestParam(required = false) String note) {
        review.unmerge(id, !"DIFFERENT".equals(then), note);
        return "redirect:/duplicates/" + id + "?unmerged";
    }

    @GetMapping("/runs")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    String runs(Model model) {
        progress(model);
        return "linkage/runs";
    }

    @GetMapping("/runs/progress")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    String runProgress(Model model) {
        progress(model);
        return "linkage/runs :: progress";
    }

    @PostMapping("/runs")
    @PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
    String startRun() {
        boolean started = launcher.start(access.actor());
        return "redirect:/duplicates/runs" + (started ? "?started" : "?busy");
    }

    private void progress(Model model) {
        model.addAttribute("running", launcher.running());
        model.addAttribute("run", launcher.latest().orElse(null));
    }
}
