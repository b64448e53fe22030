package org.homeward.movements;

import jakarta.validation.Valid;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The intentions API: a household's intentions (read and record), the saved column mappings, the
 * import of survey files, and the protected intention figures, which analysts may read too.
 */
@RestController
@RequestMapping("/api/v1")
class IntentionApiController {

    private final IntentionService intentions;
    private final IntentionSurveyImport imports;
    private final ColumnMappings mappings;
    private final IntentionFigureTables figures;

    IntentionApiController(
            IntentionService intentions,
            IntentionSurveyImport imports,
            ColumnMappings mappings,
            IntentionFigureTables figures) {
        this.intentions = intentions;
        this.imports = imports;
        this.mappings = mappings;
        this.figures = figures;
    }

    @GetMapping("/households/{id}/intentions")
    @PreAuthorize(IntentionRoles.READ_PEOPLE)
    List<ReturnIntention> history(@PathVariable UUID id) {
        return intentions.history(id);
    }

    @PostMapping("/households/{id}/intentions")
    @PreAuthorize(IntentionRoles.RECORD)
    ResponseEntity<ReturnIntention> record(
            @PathVariable UUID id, @Valid @RequestBody RecordIntentionRequest request, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(intentions.record(id, request, principal.getName()));
    }

    @GetMapping("/intentions/mappings")
    @PreAuthorize(IntentionRoles.RECORD)
    List<ColumnMapping> mappings() {
        return mappings.all();
    }

    @PostMapping("/intentions/mappings")
    @PreAuthorize(IntentionRoles.RECORD)
    ColumnMapping saveMapping(@Valid @RequestBody ColumnMappingRequest request, Principal principal) {
        return mappings.save(request, principal.getName());
    }

    /** Imports a survey file; 200 with the report when recorded, 422 with the problems when refused. */
    @PostMapping("/intentions/import")
    @PreAuthorize(IntentionRoles.RECORD)
    ResponseEntity<IntentionImportReport> importSurvey(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "mapping", required = false) String mapping,
            Principal principal)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new SurveyFileException(
                    0, MovementsProblemCode.FILE_MISSING, "Send the survey export as the multipart part 'file'");
        }
        IntentionImportReport report = imports.importFile(
                file.getBytes(),
                file.getOriginalFilename(),
                mapping == null ? ColumnMappings.STANDARD : mapping,
                principal.getName());
        return ResponseEntity.status(report.imported() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(report);
    }

    @GetMapping("/intentions/figures")
    IntentionFigureTable figures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "en") String lang) {
        FigurePeriod period = FigurePeriod.of(from, to, intentions.today());
        return figures.table(period.from(), period.to(), "ar".equals(lang) ? "ar" : "en");
    }
}
