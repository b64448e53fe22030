package org.homeward.movements;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.files.SpreadsheetCells;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Exports a movement's manifest for one recipient, as CSV or PDF, with only the fields their
 * current agreement lists, headers in the chosen language. Without a current agreement nothing is
 * read and nothing leaves; every export is in the audit trail with the recipient and its counts.
 */
@Service
class SharingExport {

    private final SharingAgreements agreements;
    private final ManifestAssembler assembler;
    private final AuditTrail audit;
    private final Clock clock;
    private final PdfLabels labels;
    private final PdfTemplates templates = new PdfTemplates();
    private final PdfRenderer renderer = new PdfRenderer();

    SharingExport(
            SharingAgreements agreements,
            ManifestAssembler assembler,
            AuditTrail audit,
            Clock clock,
            MessageSource messages) {
        this.agreements = agreements;
        this.assembler = assembler;
        this.audit = audit;
        this.clock = clock;
        this.labels = new PdfLabels(messages);
    }

    /** The two forms an export takes. */
    enum Format {
        CSV,
        PDF
    }

    /** An export's content and the table it was made from (kept for the tests and the audit). */
    record Shared(byte[] content, List<String> headers, List<List<String>> rows, SharingAgreement agreement) {}

    Shared export(UUID movementId, UUID agreementId, Format format, Locale language) {
        SharingAgreement agreement = agreements.find(agreementId).orElseThrow(SharingRefusedException::unknown);
        LocalDate today = LocalDate.now(clock);
        if (!agreement.currentOn(today)) {
            throw SharingRefusedException.notCurrent();
        }
        ManifestContents contents = assembler.assemble(movementId);
        List<String> headers = agreement.fields().stream()
                .map(field -> labels.in(language, field.headerKey()))
                .toList();
        List<List<String>> rows = contents.travellers().stream()
                .map(line -> agreement.fields().stream()
                        .map(field -> field.valueOf(line))
                        .toList())
                .toList();
        byte[] content = format == Format.CSV ? csv(headers, rows) : pdf(contents, agreement, headers, rows, language);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("recipient", agreement.recipient());
        details.put("agreement", agreement.id().toString());
        details.put("format", format.name());
        details.put("fields", agreement.fields().stream().map(Enum::name).toList());
        details.put("persons", rows.size());
        details.put(
                "households",
                contents.householdIds().stream().map(UUID::toString).toList());
        audit.record(new AuditEntry(
                MovementAuditAction.SHARE_MANIFEST, "movement", movementId.toString(), agreement.purpose(), details));
        return new Shared(content, headers, rows, agreement);
    }

    private static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringWriter text = new StringWriter();
        // A byte-order mark, so that a spreadsheet opens the Arabic as UTF-8.
        text.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(
                    headers.stream().map(SpreadsheetCells::neutralised).toList());
            for (List<String> row : rows) {
                printer.printRecord(
                        row.stream().map(SpreadsheetCells::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] pdf(
            ManifestContents contents,
            SharingAgreement agreement,
            List<String> headers,
            List<List<String>> rows,
            Locale language) {
        boolean arabic = "ar".equals(language.getLanguage());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("labels", labels);
        variables.put("language", language);
        variables.put("arabic", arabic);
        variables.put("movement", contents.movement());
        variables.put("agreement", agreement);
        // The renderer lays tables out left to right: an Arabic table is written with its columns reversed.
        variables.put("headers", arabic ? reversed(headers) : headers);
        variables.put(
                "rows", arabic ? rows.stream().map(SharingExport::reversed).toList() : rows);
        return renderer.render(templates.fill("shared-manifest", variables));
    }

    private static List<String> reversed(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }
}
