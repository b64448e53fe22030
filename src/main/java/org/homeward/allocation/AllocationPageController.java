package org.homeward.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.allocation.AllocationProposal.Decision;
import org.homeward.reception.CentreOccupancy;
import org.homeward.reception.CentreService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The allocation pages: start a run and list runs; follow a run's progress; decide on its proposals. */
@Controller
@PreAuthorize("hasAnyRole('COORDINATOR','ADMIN')")
class AllocationPageController {

    static final int PROPOSALS_PER_PAGE = 100;

    private final AllocationPlanner planner;
    private final AllocationDecisions decisions;
    private final CentreService centres;
    private final BulkAcceptances acceptances;
    private final java.time.Clock clock;

    AllocationPageController(
            AllocationPlanner planner,
            AllocationDecisions decisions,
            CentreService centres,
            BulkAcceptances acceptances,
            java.time.Clock clock) {
        this.acceptances = acceptances;
        this.clock = clock;
        this.planner = planner;
        this.decisions = decisions;
        this.centres = centres;
    }

    @GetMapping("/allocation")
    String runs(Model model) {
        model.addAttribute("runs", planner.latestRuns());
        model.addAttribute("today", LocalDate.now(clock));
        return "allocation/runs";
    }

    @PostMapping("/allocation/runs")
    String start(
            @RequestParam(defaultValue = "window") String scope,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Authentication authentication) {
        ArrivalWindow window = "all".equals(scope) ? null : new ArrivalWindow(from, to);
        return "redirect:/allocation/runs/" + planner.start(window, authentication.getName());
    }

    @GetMapping("/allocation/runs/{id}")
    String run(
            @PathVariable UUID id,
            @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) Boolean placed,
            @RequestParam(required = false) String centre,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AllocationRun run = planner.run(id);
        ProposalFilter filter = new ProposalFilter(decision, placed, centre);
        model.addAttribute("run", run);
        model.addAttribute("filter", filter);
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("acceptance", acceptances.of(id).orElse(null));
        if (!run.running()) {
            List<CentreOccupancy> all = centres.overview();
            ProposalPage shown = planner.proposalPage(id, filter, page, PROPOSALS_PER_PAGE);
            model.addAttribute("page", shown);
            model.addAttribute("proposals", shown.items());
            model.addAttribute("counts", planner.decisionCounts(id));
            model.addAttribute(
                    "centres",
                    all.stream().collect(Collectors.toMap(o -> o.centre().code(), Function.identity())));
            model.addAttribute(
                    "choices",
                    all.stream()
                            .filter(o -> o.centre().open() && o.free().persons() > 0)
                            .sorted(Comparator.comparing(o -> o.centre().code()))
                            .toList());
        }
        return "allocation/run";
    }

    /** The progress box alone, polled while the run works; once it ends the page reloads to show the proposals. */
    @GetMapping("/allocation/runs/{id}/progress")
    String progress(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        AllocationRun run = planner.run(id);
        if (!run.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", run);
        return "allocation/run :: progress";
    }

    /** Asks to confirm accepting every open placed proposal, saying how many that is. */
    @GetMapping("/allocation/runs/{id}/accept-remaining")
    String confirmAcceptRemaining(@PathVariable UUID id, Model model) {
        model.addAttribute("run", planner.run(id));
        model.addAttribute("remaining", acceptances.remaining(id));
        return "allocation/accept-remaining";
    }

    /**
     * Starts accepting every open placed proposal in the background; the run's page follows it. The form
     * must carry the count the person confirmed: a post without it, or after the count changed, only asks again.
     */
    @PostMapping("/allocation/runs/{id}/accept-remaining")
    String acceptRemaining(
            @PathVariable UUID id,
            @RequestParam(required = false) String confirmed,
            Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        AllocationRun run = planner.run(id);
        int remaining = acceptances.remaining(id);
        if (!String.valueOf(remaining).equals(confirmed)) {
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_CONFLICT);
            model.addAttribute("run", run);
            model.addAttribute("remaining", remaining);
            model.addAttribute("unconfirmed", true);
            return "allocation/accept-remaining";
        }
        if (!run.running()) {
            acceptances.start(id);
        }
        return "redirect:/allocation/runs/" + id;
    }

    /** The acceptance box alone, polled while proposals are being accepted; once done the page reloads. */
    @GetMapping("/allocation/runs/{id}/acceptance")
    String acceptance(@PathVariable UUID id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        model.addAttribute("run", planner.run(id));
        BulkAcceptances.Progress progress = acceptances.of(id).orElse(null);
        if (progress == null || !progress.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("acceptance", progress);
        return "allocation/run :: acceptance";
    }

    @PostMapping("/allocation/runs/{id}/proposals/{proposal}/accept")
    String accept(
            @PathVariable UUID id,
            @PathVariable long proposal,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication) {
        decisions.accept(proposal, authentication.getName());
        return backTo(id, page, proposal);
    }

    @PostMapping("/allocation/runs/{id}/proposals/{proposal}/override")
    String override(
            @PathVariable UUID id,
            @PathVariable long proposal,
            @RequestParam(required = false) String centre,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication) {
        decisions.override(proposal, centre, reason, authentication.getName());
        return backTo(id, page, proposal);
    }

    @PostMapping("/allocation/runs/{id}/proposals/{proposal}/reject")
    String reject(
            @PathVariable UUID id,
            @PathVariable long proposal,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") int page,
            Authentication authentication) {
        decisions.reject(proposal, reason, authentication.getName());
        return backTo(id, page, proposal);
    }

    /** Back to the page of the run that showed the proposal. */
    private static String backTo(UUID run, int page, long proposal) {
        return "redirect:/allocation/runs/" + run + (page > 0 ? "?page=" + page : "") + "#proposal-" + proposal;
    }
}
