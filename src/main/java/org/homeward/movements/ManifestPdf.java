package org.homeward.movements;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.places.PlaceLookup;
import org.homeward.registry.BirthDate;
import org.homeward.registry.Individual;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Prints a movement's manifest: per vehicle, the households and persons travelling, their names in
 * Arabic and Latin script, sex and age, and a box to tick at boarding, under a header in English
 * and Arabic. No phone, document number, protection note or withdrawal reason is printed.
 */
@Service
class ManifestPdf {

    private final ManifestAssembler assembler;
    private final PlaceLookup places;
    private final AuditTrail audit;
    private final PdfLabels labels;
    private final PdfTemplates templates = new PdfTemplates();
    private final PdfRenderer renderer = new PdfRenderer();

    ManifestPdf(ManifestAssembler assembler, PlaceLookup places, AuditTrail audit, MessageSource messages) {
        this.assembler = assembler;
        this.places = places;
        this.audit = audit;
        this.labels = new PdfLabels(messages);
    }

    /** One vehicle's part of the printed manifest. */
    record VehicleSheet(String label, Integer seats, List<PassengerLine> passengers) {}

    /** One printed line: the household's reference on its first person only. */
    record PassengerLine(
            int number,
            String reference,
            String nameArabic,
            String nameLatin,
            String sex,
            String age,
            boolean accessibleSeat) {}

    /** The manifest of the movement as a PDF; the printing is recorded in the audit trail. */
    byte[] print(UUID movementId) {
        ManifestContents contents = assembler.assemble(movementId);
        Map<String, Object> variables = new LinkedHashMap<>();
        ManifestReader.MovementHeader movement = contents.movement();
        variables.put("labels", labels);
        variables.put("movement", movement);
        variables.put(
                "crossingEn", places.displayName(movement.crossingCode(), "en").orElse(movement.crossingCode()));
        variables.put(
                "crossingAr", places.displayName(movement.crossingCode(), "ar").orElse(movement.crossingCode()));
        variables.put("vehicles", sheets(contents));
        variables.put("persons", contents.travellers().size());
        variables.put("households", contents.householdIds().size());
        byte[] pdf = renderer.render(templates.fill("manifest", variables));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("persons", contents.travellers().size());
        details.put(
                "households",
                contents.householdIds().stream().map(UUID::toString).toList());
        audit.record(
                new AuditEntry(MovementAuditAction.PRINT_MANIFEST, "movement", movementId.toString(), null, details));
        return pdf;
    }

    private List<VehicleSheet> sheets(ManifestContents contents) {
        Map<String, VehicleSheet> byLabel = new LinkedHashMap<>();
        contents.vehicles()
                .forEach(vehicle -> byLabel.put(
                        vehicle.label(), new VehicleSheet(vehicle.label(), vehicle.seats(), new ArrayList<>())));
        UUID previousHousehold = null;
        int number = 0;
        LocalDate on = contents.movement().departsOn();
        for (ManifestContents.Passenger passenger : contents.travellers()) {
            String label = passenger.vehicleLabel() == null ? "" : passenger.vehicleLabel();
            VehicleSheet sheet =
                    byLabel.computeIfAbsent(label, unassigned -> new VehicleSheet("", null, new ArrayList<>()));
            boolean first = !passenger.household().id().equals(previousHousehold);
            previousHousehold = passenger.household().id();
            Individual person = passenger.person();
            sheet.passengers()
                    .add(new PassengerLine(
                            ++number,
                            first ? passenger.household().reference() : "",
                            person.displayNameArabic(),
                            person.displayNameLatin(),
                            person.sex() == null
                                    ? ""
                                    : labels.en("print.sex." + person.sex()) + " · "
                                            + labels.ar("print.sex." + person.sex()),
                            age(person.birthDate(), on),
                            passenger.accessibleSeat()));
        }
        return byLabel.values().stream()
                .filter(sheet -> !sheet.passengers().isEmpty() || sheet.seats() != null)
                .toList();
    }

    /** Whole years on the day of the movement; empty when the birth date is unknown. */
    static String age(BirthDate birthDate, LocalDate on) {
        if (birthDate == null
                || birthDate.date() == null
                || on == null
                || birthDate.date().isAfter(on)) {
            return "";
        }
        return Integer.toString(Period.between(birthDate.date(), on).getYears());
    }
}
