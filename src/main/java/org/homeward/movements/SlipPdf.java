package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Prints a household's registration slip, in English and Arabic on one sheet: the reference, the
 * signed QR code, the household's size, its destination, the movement date when it is on one, and
 * the principal's name in both scripts. The slip is handed to the household, so it carries no
 * phone and no document number.
 */
@Service
class SlipPdf {

    /** Syria's clock: the date printed on the slip is the day it was printed there. */
    private final HouseholdQueries households;

    private final ManifestReader movements;
    private final SlipCodes codes;
    private final PlaceLookup places;
    private final AuditTrail audit;
    private final Clock clock;
    private final PdfLabels labels;
    private final PdfTemplates templates = new PdfTemplates();
    private final PdfRenderer renderer = new PdfRenderer();

    SlipPdf(
            HouseholdQueries households,
            ManifestReader movements,
            SlipCodes codes,
            PlaceLookup places,
            AuditTrail audit,
            Clock clock,
            MessageSource messages) {
        this.households = households;
        this.movements = movements;
        this.codes = codes;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
        this.labels = new PdfLabels(messages);
    }

    /** The slip of the household with this reference, in the caller's scope; the printing is audited. */
    byte[] print(String reference, SlipSize size) {
        Household household = households.findByReference(reference);
        Individual principal = household.principal();
        String code = codes.sign(household.reference());
        String destination = household.journey().destinationPcode();
        Optional<ManifestReader.UpcomingMovement> movement = movements.upcomingFor(household.id());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("labels", labels);
        variables.put("size", size.name());
        variables.put("reference", household.reference());
        variables.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(SlipQrCode.png(code, 8)));
        variables.put("members", household.members().size());
        variables.put("nameArabic", principal.displayNameArabic());
        variables.put("nameLatin", principal.displayNameLatin());
        variables.put("destinationEn", name(destination, "en"));
        variables.put("destinationAr", name(destination, "ar"));
        variables.put(
                "movementDate",
                movement.map(ManifestReader.UpcomingMovement::departsOn)
                        .map(LocalDate::toString)
                        .orElse(""));
        variables.put("printedOn", LocalDate.now(clock).toString());
        byte[] pdf = renderer.render(templates.fill("slip", variables));
        audit.record(new AuditEntry(
                MovementAuditAction.PRINT_SLIP,
                "household",
                household.id().toString(),
                null,
                Map.of("size", size.name())));
        return pdf;
    }

    private String name(String pcode, String language) {
        if (pcode == null || pcode.isBlank()) {
            return "";
        }
        return places.displayName(pcode, language)
                .map(name -> name + " (" + pcode + ")")
                .orElse(pcode);
    }
}
