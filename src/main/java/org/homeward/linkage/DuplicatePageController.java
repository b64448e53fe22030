package org.homeward.linkage;

import java.util.UUID;
import org.homeward.access.CurrentAccess;
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

    DuplicatePageController(DuplicateReviewService review, DuplicateRunLauncher launcher, CurrentAccess access) {
        this.review = review;
        this.launcher = launcher;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String queue(@RequestParam(required = false) Long after, @RequestParam(required = false) String band,
                 @RequestParam(required = false) String reason, @RequestParam(required = false) String sort,
                 @RequestParam(required = false) UUID household, Model model) {
        model.addAttribute("queue", review.queue(QueueFilter.of(band, reason, sort, household), after, PAGE_SIZE));
        return "linkage/queue";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String pair(@PathVariable long id, @RequestParam(required = false) String band,
                @RequestParam(required = false) String reason, @RequestParam(required = false) String sort,
                @RequestParam(required = false) UUID household, Model model) {
        model.addAttribute("pair", review.pair(id));
        model.addAttribute("filter", QueueFilter.of(band, reason, sort, household));
        return "linkage/pair";
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
    String decide(@PathVariable long id, @RequestParam String verdict, @RequestParam(required = false) String note,
                  @RequestParam(required = false) String band, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String sort, @RequestParam(required = false) UUID household) {
        QueueFilter filter = QueueFilter.of(band, reason, sort, household);
        if ("SAME".equals(verdict)) {
            review.judgeSame(id, note);
        } else if ("DIFFERENT".equals(verdict)) {
            review.judgeDifferent(id, note);
        } else {
            throw new DuplicatePairNotFoundException(id);
        }
        // The reviewer goes on with the pair that follows this one in the same filter and order.
        String decided = "decided=" + verdict + filter.query('&');
        return review.nextPair(filter, id).map(next -> "redirect:/duplicates/" + next + "?" + decided)
                .orElse("redirect:/duplicates?" + decided);
    }

    @PostMapping("/{id}/unmerge")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    String unmerge(@PathVariable long id, @RequestParam(defaultValue = "OPEN") String then,
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
