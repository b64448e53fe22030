package org.homeward.conditions;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The conditions API: an area's status today, and the import of assessments. */
@RestController
@RequestMapping("/api/v1/conditions")
class ConditionsApiController {

    private final ConditionsService conditions;
    private final AssessmentImportService imports;

    ConditionsApiController(ConditionsService conditions, AssessmentImportService imports) {
        this.conditions = conditions;
        this.imports = imports;
    }

    /**
     * An area's status as a client needs it.
     *
     * @param subdistrictPcode the sub-district judged (a community's parent), or the code as given when it has none
     * @param index            the index score; null when no index indicator has a current value
     */
    record AreaStatusResponse(
            String subdistrictPcode,
            LocalDate on,
            String status,
            List<String> redLinesPresent,
            List<String> redLinesUnconfirmed,
            Integer index,
            LocalDate latestAssessment) {

        static AreaStatusResponse of(AreaConditions area) {
            return new AreaStatusResponse(
                    area.subdistrictPcode(),
                    area.on(),
                    area.status().name(),
                    area.presentRedLineIndicators(),
                    area.redLinesUnconfirmed(),
                    area.index().map(ConditionIndex::score).orElse(null),
                    area.latestAssessment().orElse(null));
        }
    }

    @GetMapping("/areas/{pcode}")
    @Operation(
            summary = "An area's conditions today: status, red lines present or unconfirmed, index, latest assessment")
    AreaStatusResponse area(@PathVariable String pcode) {
        if (conditions.subdistrictOf(pcode).isEmpty()) {
            throw new AreaNotFoundException();
        }
        return AreaStatusResponse.of(conditions.of(pcode, conditions.today()));
    }

    @PostMapping(
            value = "/assessments",
            consumes = {
                "text/csv",
                "text/plain",
                "application/octet-stream",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            })
    @PreAuthorize(ConditionsPageController.PLANNERS)
    @Operation(
            summary =
                    "Import assessments (CSV, XLSX or HXL-tagged, the body): all or nothing, idempotent; problems name row and column")
    AssessmentImportReport importBody(@RequestBody(required = false) byte[] file, Principal principal) {
        return imports.importFile(file == null ? new byte[0] : file, principal.getName());
    }

    @PostMapping(value = "/assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ConditionsPageController.PLANNERS)
    @Operation(summary = "Import assessments sent as the form field 'file'")
    AssessmentImportReport importUpload(@RequestParam("file") MultipartFile file, Principal principal)
            throws IOException {
        return imports.importFile(file.getBytes(), principal.getName());
    }
}
