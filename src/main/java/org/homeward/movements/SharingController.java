package org.homeward.movements;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Downloads of a movement's manifest for a recipient, under their current sharing agreement. */
@RestController
class SharingController {

    /** Coordinators export to authorities; administrators may too. */
    static final String EXPORTERS = "hasAnyRole('COORDINATOR','ADMIN')";

    private final SharingExport exports;

    SharingController(SharingExport exports) {
        this.exports = exports;
    }

    @GetMapping("/movements/{id}/sharing/{agreement}.csv")
    @PreAuthorize(EXPORTERS)
    ResponseEntity<byte[]> csv(
            @PathVariable String id, @PathVariable String agreement, @RequestParam(required = false) String language) {
        SharingExport.Shared shared = exports.export(
                PrintingController.movementId(id),
                agreementId(agreement),
                SharingExport.Format.CSV,
                language(language));
        return PrintingController.download(
                shared.content(),
                "manifest-" + id + "-shared.csv",
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    }

    @GetMapping("/movements/{id}/sharing/{agreement}.pdf")
    @PreAuthorize(EXPORTERS)
    ResponseEntity<byte[]> pdf(
            @PathVariable String id, @PathVariable String agreement, @RequestParam(required = false) String language) {
        SharingExport.Shared shared = exports.export(
                PrintingController.movementId(id),
                agreementId(agreement),
                SharingExport.Format.PDF,
                language(language));
        return PrintingController.download(shared.content(), "manifest-" + id + "-shared.pdf");
    }

    /** The agreement's id; text that is not one names no agreement. */
    static UUID agreementId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw SharingRefusedException.unknown();
        }
    }

    /** English or Arabic headers; English when none is asked for. */
    static Locale language(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("en")) {
            return PdfLabels.ENGLISH;
        }
        if (text.trim().equalsIgnoreCase("ar")) {
            return PdfLabels.ARABIC;
        }
        throw new InvalidPrintRequestException(
                "language", MovementsProblemCode.LANGUAGE_UNKNOWN, "Headers are in English (en) or Arabic (ar)");
    }
}
