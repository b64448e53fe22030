package org.homeward.reception;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The centres API: list with live occupancy, read, create, change, import and export {@code centres.csv}. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reception centres", description = "Centres, their capacity and live occupancy")
class CentreApiController {

    private final CentreService centres;
    private final CentreImportService imports;

    CentreApiController(CentreService centres, CentreImportService imports) {
        this.centres = centres;
        this.imports = imports;
    }

    @GetMapping("/centres")
    @Operation(
            summary =
                    "Every centre with its occupancy; filter by governorate P-code, status (OPEN, FULL, CLOSED) or text")
    List<CentreOccupancy> list(
            @RequestParam(required = false) String governorate,
            @RequestParam(required = false) CentreStatus status,
            @RequestParam(required = false) String text) {
        CentreFilter filter = new CentreFilter(governorate, status, text);
        return centres.overview().stream().filter(filter::matches).toList();
    }

    @GetMapping(value = "/centres.csv", produces = "text/csv")
    @Operation(summary = "Every centre in the centres.csv layout (the import and the allocation command line read it)")
    ResponseEntity<String> export() {
        List<CentreRequest> rows = centres.overview().stream()
                .map(occupancy -> occupancy.centre().toRequest())
                .toList();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"centres.csv\"")
                .body(CentreCsvWriter.write(rows));
    }

    @GetMapping("/centres/{code}")
    @Operation(summary = "A centre with its capacity, occupancy, free room and status")
    CentreOccupancy read(@PathVariable String code) {
        return centres.find(code);
    }

    @GetMapping("/centres/{code}/history")
    @PreAuthorize(ReceptionRoles.SEE_PEOPLE)
    @Operation(summary = "Every change to the centre: who, when and what changed")
    List<CentreEvent> history(@PathVariable String code) {
        return centres.history(code);
    }

    @PostMapping("/centres")
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    @Operation(summary = "Open a new centre")
    ResponseEntity<Centre> create(@Valid @RequestBody CentreRequest request, Principal principal) {
        Centre centre = centres.create(request, principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/centres/" + centre.code()))
                .body(centre);
    }

    @PutMapping("/centres/{code}")
    @PreAuthorize(ReceptionRoles.EDIT_CENTRES)
    @Operation(summary = "Change a centre; send the version you read (409 if someone changed it since)")
    Centre update(@PathVariable String code, @Valid @RequestBody CentreRequest request, Principal principal) {
        return centres.update(code, request, principal.getName());
    }

    @PostMapping(
            value = "/centres/import",
            consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    @Operation(
            summary =
                    "Import centres.csv (the body): all or nothing, idempotent on centre_id; problems name row and column")
    CentreImportReport importCsv(@RequestBody(required = false) byte[] file, Principal principal) {
        return imports.importCsv(file == null ? new byte[0] : file, principal.getName());
    }

    @PostMapping(value = "/centres/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ReceptionRoles.PLAN_CENTRES)
    @Operation(summary = "Import centres.csv sent as the form field 'file'")
    CentreImportReport importUpload(@RequestParam("file") MultipartFile file, Principal principal)
            throws java.io.IOException {
        return imports.importCsv(file.getBytes(), principal.getName());
    }
}
