package org.homeward.movements;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intention pages: a household's intentions with the form to record a new one, the import of
 * survey files with the saved column mappings, and the protected intention figures.
 */
@Controller
class IntentionPageController {

    private final IntentionService intentions;
    private final IntentionSurveyImport imports;
    private final ColumnMappings mappings;
    private final IntentionFigureTables figures;
    private final JsonMapper json;
    private final IntentionImportProgress progress;

    IntentionPageController(
            IntentionService intentions,
            IntentionSurveyImport imports,
            ColumnMappings mappings,
            IntentionFigureTables figures,
            JsonMapper json,
            IntentionImportProgress progress) {
        this.progress = progress;
        this.intentions = intentions;
        this.imports = imports;
        this.mappings = mappings;
        this.figures = figures;
        this.json = json;
    }

    @ModelAttribute
    void codeLists(Model model) {
        model.addAttribute("answers", IntentionAnswer.values());
        model.addAttribute("conditionList", IntentionCondition.values());
    }

    @GetMapping("/households/{id}/intentions")
    @PreAuthorize(IntentionRoles.READ_PEOPLE)
    String household(@PathVariable UUID id, Model model) {
        return householdPage(id, model, List.of());
    }

    @PostMapping("/households/{id}/intentions")
    @PreAuthorize(IntentionRoles.RECORD)
    String record(
            @PathVariable UUID id,
            @ModelAttribute("form") RecordIntentionRequest form,
            Principal principal,
            Model model) {
        try {
            intentions.record(id, form, principal.getName());
            return "redirect:/households/" + id + "/intentions?recorded";
        } catch (InvalidIntentionException invalid) {
            return householdPage(id, model, invalid.fieldProblems());
        }
    }

    private String householdPage(UUID id, Model model, List<FieldProblem> problems) {
        model.addAttribute("household", intentions.household(id));
        model.addAttribute("intentions", intentions.history(id));
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RecordIntentionRequest(null, null, List.of(), false, null));
        }
        return "movements/intentions";
    }

    @GetMapping("/intentions/import")
    @PreAuthorize(IntentionRoles.RECORD)
    String importPage(Model model) {
        return importModel(model);
    }

    @PostMapping("/intentions/import")
    @PreAuthorize(IntentionRoles.RECORD)
    String importSurvey(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            @RequestParam(name = "progress", required = false) String token,
            Principal principal,
            Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
        } else {
            try {
                model.addAttribute(
                        "report",
                        imports.importFile(
                                file.getBytes(),
                                file.getOriginalFilename(),
                                mapping == null ? ColumnMappings.STANDARD : mapping,
                                principal.getName(),
                                progress.follow(token, principal.getName())));
            } catch (ColumnMappingNotFoundException unknown) {
                model.addAttribute("mappingMissing", true);
            }
        }
        return importModel(model);
    }

    /**
     * How far the caller's import sent with the token has got, as the part of the import page that
     * shows it, polled while the page waits for the report; {@code WAITING} until the file has
     * reached the import.
     */
    @GetMapping("/intentions/import/progress/{token}")
    @PreAuthorize(IntentionRoles.RECORD)
    String importProgress(@PathVariable String token, Principal principal, Model model) {
        model.addAttribute(
                "importProgress",
                progress.of(token, principal.getName()).orElse(IntentionImportProgress.Snapshot.WAITING));
        return "movements/intention-import :: progress";
    }

    /** Saves a mapping typed as JSON (the format of docs/intentions.md) under the name given. */
    @PostMapping("/intentions/mappings")
    @PreAuthorize(IntentionRoles.RECORD)
    String saveMapping(
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "definition", required = false) String definition,
            Principal principal,
            Model model) {
        model.addAttribute("mappingName", name);
        model.addAttribute("mappingDefinition", definition);
        try {
            MappingDefinition parsed = json.readValue(
                    definition == null || definition.isBlank() ? "{}" : definition, MappingDefinition.class);
            mappings.save(new ColumnMappingRequest(name, parsed.columns(), parsed.choices()), principal.getName());
            model.addAttribute("mappingSaved", name);
        } catch (InvalidColumnMappingException invalid) {
            model.addAttribute("mappingProblems", invalid.fieldProblems());
        } catch (JacksonException unreadable) {
            model.addAttribute(
                    "mappingProblems",
                    List.of(new FieldProblem(
                            "definition",
                            MovementsProblemCode.MAPPING_JSON_INVALID,
                            "The definition is not JSON of the documented form")));
        }
        return importModel(model);
    }

    /** The columns and choices of a mapping typed on the page. */
    record MappingDefinition(Map<String, List<String>> columns, Map<String, Map<String, String>> choices) {}

    private String importModel(Model model) {
        model.addAttribute("mappings", mappings.all());
        model.addAttribute("standardMapping", ColumnMappings.STANDARD);
        model.addAttribute("progressToken", UUID.randomUUID());
        model.addAttribute("importProgress", IntentionImportProgress.Snapshot.WAITING);
        return "movements/intention-import";
    }

    @GetMapping("/intentions/figures")
    String figures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Locale locale,
            Model model) {
        FigurePeriod period = FigurePeriod.of(from, to, intentions.today());
        IntentionFigureTable table =
                figures.table(period.from(), period.to(), "ar".equals(locale.getLanguage()) ? "ar" : "en");
        model.addAttribute("table", table);
        model.addAttribute("chart", IntentionChart.of(table));
        return "movements/intention-figures";
    }
}
