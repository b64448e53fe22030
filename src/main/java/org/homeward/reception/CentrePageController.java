package org.homeward.reception;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.places.PlaceLevel;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The centre pages: the national capacity table, the centre form and the import of centres.csv. */
@Controller
@RequestMapping("/centres")
class CentrePageController {

    private final CentreService centres;
    private final CentreImportService imports;
    private final PlaceLookup places;

    CentrePageController(CentreService centres, CentreImportService imports, PlaceLookup places) {
        this.centres = centres;
        this.imports = imports;
        this.places = places;
    }

    @ModelAttribute
    void common(Authentication authentication, Model model) {
        model.addAttribute("roles", ReceptionPageRoles.of(authentication));
        model.addAttribute("statuses", CentreStatus.values());
        model.addAttribute("serviceList", OfferedService.values());
    }

    @GetMapping
    String table(
            @RequestParam(required = false) String governorate,
            @RequestParam(required = false) CentreStatus status,
            @RequestParam(required = false) String text,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        CentreFilter filter = new CentreFilter(governorate, status, text);
        List<CentreOccupancy> all = centres.overview();
        List<CentreOccupancy> shown = all.stream().filter(filter::matches).toList();
        model.addAttribute("filter", filter);
        model.addAttribute("rows", shown);
        model.addAttribute(
                "capacity", shown.stream().map(row -> row.centre().capacity()).reduce(Spaces.NONE, Spaces::plus));
        model.addAttribute(
                "occupied", shown.stream().map(CentreOccupancy::occupied).reduce(Spaces.NONE, Spaces::plus));
        model.addAttribute("free", shown.stream().map(CentreOccupancy::free).reduce(Spaces.NONE, Spaces::plus));
        model.addAttribute("governorates", places.areasAt(PlaceLevel.GOVERNORATE));
        return htmx != null ? "reception/centres :: table" : "reception/centres";
    }

    @GetMapping("/new")
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    String newCentre(Model model) {
        model.addAttribute("form", new CentreForm());
        model.addAttribute("creating", true);
        model.addAttribute("towns", places.areasAt(PlaceLevel.SUBDISTRICT));
        return "reception/centre-form";
    }

    @PostMapping
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    String create(@ModelAttribute("form") CentreForm form, Principal principal, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        CentreRequest request = form.toRequest(problems);
        try {
            return "redirect:/centres/"
                    + centres.create(request, principal.getName()).code() + "?saved";
        } catch (InvalidCentreException invalid) {
            addUnlessFieldReported(problems, invalid.fieldProblems());
        } catch (CentreExistsException exists) {
            problems.add(new FieldProblem("code", exists.code(), exists.getMessage()));
        }
        return formWithProblems(model, problems, true);
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize(ReceptionRoles.EDIT_CENTRES)
    String edit(@PathVariable String code, Model model) {
        model.addAttribute("form", CentreForm.of(centres.findToChange(code).centre()));
        model.addAttribute("creating", false);
        model.addAttribute("towns", places.areasAt(PlaceLevel.SUBDISTRICT));
        return "reception/centre-form";
    }

    @PostMapping("/{code}")
    @PreAuthorize(ReceptionRoles.EDIT_CENTRES)
    String update(
            @PathVariable String code, @ModelAttribute("form") CentreForm form, Principal principal, Model model) {
        List<FieldProblem> problems = new ArrayList<>();
        CentreRequest request = form.toRequest(problems);
        try {
            centres.update(code, request, principal.getName());
            return "redirect:/centres/" + code + "?saved";
        } catch (InvalidCentreException invalid) {
            addUnlessFieldReported(problems, invalid.fieldProblems());
        } catch (StaleCentreException stale) {
            problems.add(new FieldProblem("version", stale.code(), stale.getMessage()));
        }
        form.setCode(code);
        return formWithProblems(model, problems, false);
    }

    @GetMapping("/import")
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    String importPage() {
        return "reception/import";
    }

    @PostMapping("/import")
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    String importFile(@RequestParam("file") MultipartFile file, Principal principal, Model model) throws IOException {
        try {
            model.addAttribute("report", imports.importCsv(file.getBytes(), principal.getName()));
        } catch (CentreImportException invalid) {
            model.addAttribute("importProblems", invalid.problems());
        }
        return "reception/import";
    }

    /** A number that could not be read is reported once, as unreadable, not again as missing. */
    private static void addUnlessFieldReported(List<FieldProblem> problems, List<FieldProblem> more) {
        List<String> reported = problems.stream().map(FieldProblem::field).toList();
        more.stream().filter(problem -> !reported.contains(problem.field())).forEach(problems::add);
    }

    private String formWithProblems(Model model, List<FieldProblem> problems, boolean creating) {
        // services[2] is shown as the services field: the form has one set of boxes for them.
        List<FieldProblem> shown = problems.stream()
                .map(problem -> new FieldProblem(
                        problem.field().replaceAll("\\[\\d+]$", ""), problem.code(), problem.message()))
                .toList();
        Map<String, String> errors = new LinkedHashMap<>();
        shown.forEach(
                problem -> errors.putIfAbsent(problem.field(), problem.code().name()));
        model.addAttribute("errors", errors);
        model.addAttribute("problems", shown);
        model.addAttribute("creating", creating);
        model.addAttribute("towns", places.areasAt(PlaceLevel.SUBDISTRICT));
        return "reception/centre-form";
    }
}
