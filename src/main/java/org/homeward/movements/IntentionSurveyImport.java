package org.homeward.movements;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.registry.ImportProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the answers of an intention survey exported from KoBo or ODK, as named stages: read the
 * file, find the mapping's columns, read every row through the mapping, match every row to a
 * household, then record. Any problem in any row refuses the whole file and records nothing; the
 * rows are then recorded in one transaction. Each row is recorded once: importing the same answers
 * again (the same file, or another export of the same submissions) changes nothing.
 */
@Service
class IntentionSurveyImport {

    private final ColumnMappingRepository mappings;
    private final IntentionDestinations destinations;
    private final SurveyHouseholdMatcher matcher;
    private final IntentionRepository intentions;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    /** Rows between two reports of progress: often enough to move on the page, rarely enough to cost nothing. */
    static final int PROGRESS_STEP = 500;
    /** Data rows a survey file may have; the registry's XLSX limit ({@code homeward.import.xlsx-max-rows}). */
    private final int maxRows;

    IntentionSurveyImport(
            ColumnMappingRepository mappings,
            IntentionDestinations destinations,
            SurveyHouseholdMatcher matcher,
            IntentionRepository intentions,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock,
            @Value("${homeward.import.xlsx-max-rows:500000}") int maxRows) {
        this.mappings = mappings;
        this.destinations = destinations;
        this.matcher = matcher;
        this.intentions = intentions;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    IntentionImportReport importFile(byte[] content, String fileName, String mappingName, String actor) {
        return importFile(content, fileName, mappingName, actor, IntentionImportProgress.Tracker.none());
    }

    /** Imports a survey file, telling the tracker how far it has got as it goes. */
    IntentionImportReport importFile(
            byte[] content,
            String fileName,
            String mappingName,
            String actor,
            IntentionImportProgress.Tracker progress) {
        ColumnMapping mapping = mappings.find(mappingName == null ? "" : mappingName.strip())
                .orElseThrow(ColumnMappingNotFoundException::new);
        String name = fileName == null || fileName.isBlank() ? "survey" : fileName.strip();
        SurveySheet sheet;
        try {
            sheet = SurveySheetReader.read(content, maxRows);
        } catch (SurveyFileException unreadable) {
            return refused(
                    new Checked(name, mapping.name(), SurveyHeader.Kind.LABELS, false, 0),
                    List.of(unreadable.problem()),
                    progress);
        }
        progress.read(sheet.rows().size());
        SurveyHeader header = SurveyHeader.of(sheet);
        Checked checked = new Checked(
                name,
                mapping.name(),
                header.kind(),
                sheet.hasHashtagRow(),
                sheet.rows().size());
        Map<IntentionField, SurveyHeader.Located> columns = header.locate(mapping);
        List<ImportProblem> problems = new ArrayList<>(SurveyRowReader.missingColumns(mapping, columns));
        if (!problems.isEmpty()) {
            return refused(checked, problems, progress);
        }
        SurveyRowReader reader = new SurveyRowReader(mapping, columns, destinations, LocalDate.now(clock));
        List<SurveyAnswer> answers = new ArrayList<>();
        int read = 0;
        for (SurveySheet.Row row : sheet.rows()) {
            reader.read(row, problems).ifPresent(answers::add);
            if (++read % PROGRESS_STEP == 0) {
                progress.checked(read, problems.size());
            }
        }
        progress.checked(read, problems.size());
        progress.matching();
        List<SurveyHouseholdMatcher.Matched> matched = matcher.match(answers, columns, problems);
        progress.matched(matched.size(), problems.size());
        if (!problems.isEmpty()) {
            return refused(checked, problems, progress);
        }
        return record(checked, matched, fingerprint(content), actor, progress);
    }

    /** What the checking stages learnt of the file, for the report. */
    private record Checked(
            String fileName, String mappingName, SurveyHeader.Kind kind, boolean hashtagRow, int dataRows) {}

    private IntentionImportReport record(
            Checked checked,
            List<SurveyHouseholdMatcher.Matched> matched,
            String fileFingerprint,
            String actor,
            IntentionImportProgress.Tracker progress) {
        Map<String, SurveyHouseholdMatcher.Matched> byPrint = new LinkedHashMap<>();
        matched.forEach(row -> byPrint.putIfAbsent(fingerprint(row), row));
        Instant now = clock.instant();
        UUID importId = UUID.randomUUID();
        int recorded = Optional.ofNullable(transactions.execute(status -> {
                    // One import at a time decides what is new, so that the counts it keeps are exact.
                    intentions.lockImports();
                    Set<String> present = intentions.recordedFingerprints(byPrint.keySet());
                    List<Map.Entry<String, SurveyHouseholdMatcher.Matched>> fresh = byPrint.entrySet().stream()
                            .filter(row -> !present.contains(row.getKey()))
                            .toList();
                    if (fresh.isEmpty()) {
                        return 0;
                    }
                    intentions.insertImport(new IntentionRepository.ImportRecord(
                            importId,
                            checked.fileName(),
                            fileFingerprint,
                            checked.mappingName(),
                            checked.dataRows(),
                            fresh.size(),
                            matched.size() - fresh.size(),
                            actor,
                            now));
                    int written = 0;
                    for (Map.Entry<String, SurveyHouseholdMatcher.Matched> row : fresh) {
                        SurveyHouseholdMatcher.Matched value = row.getValue();
                        intentions.insert(
                                value.answer().details(),
                                new IntentionRepository.Origin(
                                        value.householdId(),
                                        value.asylumCountry(),
                                        value.persons(),
                                        IntentionSource.SURVEY_IMPORT,
                                        importId,
                                        row.getKey(),
                                        actor,
                                        now));
                        if (++written % PROGRESS_STEP == 0) {
                            progress.recorded(written);
                        }
                    }
                    return fresh.size();
                }))
                .orElse(0);
        int byReference = (int) matched.stream()
                .filter(SurveyHouseholdMatcher.Matched::byReference)
                .count();
        IntentionImportReport report = new IntentionImportReport(
                checked.fileName(),
                checked.mappingName(),
                checked.kind(),
                checked.hashtagRow(),
                checked.dataRows(),
                byReference,
                matched.size() - byReference,
                recorded,
                matched.size() - recorded,
                List.of(),
                0,
                true);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.IMPORT_INTENTIONS,
                "intention_import",
                recorded > 0 ? importId.toString() : null,
                null,
                counts(report)));
        progress.finished(0, recorded);
        return report;
    }

    private IntentionImportReport refused(
            Checked checked, List<ImportProblem> problems, IntentionImportProgress.Tracker progress) {
        progress.finished(problems.size(), 0);
        List<ImportProblem> sorted = problems.stream()
                .sorted(Comparator.comparingLong(ImportProblem::row))
                .toList();
        IntentionImportReport report = new IntentionImportReport(
                checked.fileName(),
                checked.mappingName(),
                checked.kind(),
                checked.hashtagRow(),
                checked.dataRows(),
                0,
                0,
                0,
                0,
                sorted.subList(0, Math.min(sorted.size(), IntentionImportReport.MAX_PROBLEMS)),
                sorted.size(),
                false);
        audit.record(new AuditEntry(
                MovementAuditAction.IMPORT_INTENTIONS_REFUSED, "intention_import", null, null, counts(report)));
        return report;
    }

    private static Map<String, Object> counts(IntentionImportReport report) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mapping", report.mappingName());
        details.put("rows", report.dataRows());
        details.put("recorded", report.recorded());
        details.put("alreadyPresent", report.alreadyPresent());
        details.put("problems", report.problemCount());
        return details;
    }

    /**
     * What a row says about which household, as a fingerprint: the same answers in another export of
     * the same survey (CSV or XLSX, names or labels) give the same one.
     */
    static String fingerprint(SurveyHouseholdMatcher.Matched row) {
        IntentionDetails details = row.answer().details();
        return fingerprint(String.join(
                        "|",
                        row.householdId().toString(),
                        details.intention().name(),
                        String.valueOf(details.destinationPcode()),
                        details.conditions().toString(),
                        Boolean.toString(details.goAndSeeFirst()),
                        details.statedOn().toString(),
                        row.answer().submissionId())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String fingerprint(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }
}
