package org.homeward.movements;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of printed documents: a household's registration slip and a movement's manifest. The
 * URL names a household by its reference or a movement by its id, never a person; the file name
 * does the same. Nothing printed is kept by the browser's cache.
 */
@RestController
class PrintingController {

    /** Those who print slips and manifests: the officers who register and move people. Never analysts. */
    static final String PRINTERS = "hasAnyRole('REGISTRATION_OFFICER','RECEPTION_MANAGER','COORDINATOR','ADMIN')";

    private final SlipPdf slips;
    private final ManifestPdf manifests;

    PrintingController(SlipPdf slips, ManifestPdf manifests) {
        this.slips = slips;
        this.manifests = manifests;
    }

    @GetMapping("/households/{reference}/slip.pdf")
    @PreAuthorize(PRINTERS)
    ResponseEntity<byte[]> slip(@PathVariable String reference, @RequestParam(required = false) String size) {
        SlipSize paper = SlipSize.parse(size)
                .orElseThrow(() -> new InvalidPrintRequestException(
                        "size", MovementsProblemCode.SLIP_SIZE_UNKNOWN, "A slip is printed on A6 or A4"));
        byte[] pdf = slips.print(reference, paper);
        return download(
                pdf,
                "slip-" + reference.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9-]", "") + "-"
                        + paper.name() + ".pdf");
    }

    @GetMapping("/movements/{id}/manifest.pdf")
    @PreAuthorize("hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')")
    ResponseEntity<byte[]> manifest(@PathVariable String id) {
        UUID movement = movementId(id);
        return download(manifests.print(movement), "manifest-" + movement + ".pdf");
    }

    /**
     * The movement's id from the URL. Taken as text and read here, after the role check, so that a
     * caller without the role is refused before anything about the URL is judged.
     */
    static UUID movementId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new ManifestNotFoundException();
        }
    }

    static ResponseEntity<byte[]> download(byte[] content, String fileName) {
        return download(content, fileName, MediaType.APPLICATION_PDF);
    }

    static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(content);
    }
}
