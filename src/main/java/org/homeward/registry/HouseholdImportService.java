package org.homeward.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports households from a file in the interchange layout, as named stages: parse, resolve
 * place names, validate, judge keys against the registry, persist. Every check that can refuse a
 * household runs before anything is written, including whether its keys are already taken (see
 * {@link KeyCollisions}); a file with problems imports nothing unless invalid households may be
 * skipped. Households are written in batches, each its own transaction with its audit entry, so a
 * crash loses nothing acknowledged, never leaves half a household, and leaves the audit trail saying
 * what was written; importing the same file again writes only what is missing. A large first import
 * sets the name indexes aside and builds them again before it returns (see {@link NameIndexes}).
 */
@Service
public class HouseholdImportService {

    /** Batches prepared ahead of the one being written: enough to keep the writer busy, little memory. */
    private static final int PIPELINE_DEPTH = 2;

    private static final int MAX_REMEMBERED_NAMES = 200_000;
    /** Households handed over at once while checking: few enough to report progress often. */
    private static final int CHECK_CHUNK = 500;

    private final HouseholdValidator validator;
    private final PlaceNameStage placeNames;
    private final HouseholdBulkWriter writer;
    private final TransactionTemplate transactions;
    private final NameIndexes nameIndexes;
    private final BulkImports bulkImports;
    private final KeyCollisions collisions;
    private final ImportAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Data rows an XLSX file may have ({@code homeward.import.xlsx-max-rows}). */
    private final int xlsxMaxRows;

    HouseholdImportService(
            HouseholdValidator validator,
            PlaceNameStage placeNames,
            HouseholdBulkWriter writer,
            NameIndexes nameIndexes,
            BulkImports bulkImports,
            KeyCollisions collisions,
            ImportAudit audit,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${homeward.import.xlsx-max-rows:" + XlsxInterchangeReader.DEFAULT_MAX_ROWS + "}") int xlsxMaxRows) {
        this.xlsxMaxRows = xlsxMaxRows;
        this.collisions = collisions;
        this.audit = audit;
        this.nameIndexes = nameIndexes;
        this.bulkImports = bulkImports;
        this.events = events;
        this.validator = validator;
        this.placeNames = placeNames;
        this.writer = writer;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ImportReport importFile(Path file, ImportOptions options, ImportProgress progress) throws IOException {
        try (BulkImports.Writing alone = bulkImports.startImporting()) {
            CheckedImport checked = check(file, options, progress);
            if (checked.problemCount > 0 && !options.skipInvalid()) {
                ImportReport refused = checked.report(0, 0, false);
                audit.refused(file, refused, options);
                return refused;
            }
            String importId = audit.started(file, checked.report(0, 0, false), options);
            ImportReport report;
            try {
                report = writeAll(file, checked, options, progress, importId);
            } catch (IOException | RuntimeException failure) {
                audit.stopped(importId, file, failure, options);
                throw failure;
            }
            audit.completed(importId, file, report, options);
            // Listeners (the statistics summary) catch up here, so that the import is done when they are.
            events.publishEvent(new BulkImports.Finished(report.householdsWritten()));
            return report;
        }
    }

    private ImportReport writeAll(
            Path file, CheckedImport checked, ImportOptions options, ImportProgress progress, String importId)
            throws IOException {
        try (NameIndexes.Suspension nameIndexesAside = nameIndexes.suspendFor(checked.rows)) {
            ImportReport report;
            try (BulkImports.Writing writing = bulkImports.startWriting(importId)) {
                report = persist(file, checked, options, progress, importId);
            }
            if (nameIndexesAside.suspended()) {
                progress.buildingNameIndexes();
            }
            return report;
        }
    }

    /**
     * Stage 1 and 2: parse every row, validate every household and judge its keys against the
     * registry, writing nothing. A second thread parses and groups the rows while this one resolves
     * places, validates and asks the registry about a whole chunk of keys at once.
     */
    private CheckedImport check(Path file, ImportOptions options, ImportProgress progress) throws IOException {
        CheckedImport checked = new CheckedImport();
        try (InterchangeReader reader = InterchangeReader.open(file, xlsxMaxRows);
                RejectedRowsWriter rejected = RejectedRowsWriter.open(
                        options.skipInvalid() ? options.rejectedRows() : null, reader.header());
                BatchPipeline<List<ImportedHousehold>> households = BatchPipeline.start(
                        PIPELINE_DEPTH, "homeward-import-reader", sink -> readInChunks(reader, sink))) {
            checked.note = reader.note();
            for (List<ImportedHousehold> chunk = households.next(); chunk != null; chunk = households.next()) {
                checkChunk(chunk, checked, rejected);
                progress.checked(checked.rows);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw rethrown(e);
        }
        return checked;
    }

    private void checkChunk(List<ImportedHousehold> chunk, CheckedImport checked, RejectedRowsWriter rejected)
            throws IOException {
        List<ImportedHousehold> resolved =
                chunk.stream().map(placeNames::resolve).toList();
        List<List<ImportProblem>> problems = new ArrayList<>(resolved.size());
        List<ImportedHousehold> sound = new ArrayList<>();
        for (ImportedHousehold household : resolved) {
            List<ImportProblem> found = problemsOf(household);
            problems.add(found);
            if (found.isEmpty()) {
                sound.add(household);
            }
        }
        Iterator<KeyCollisions.Verdict> verdicts = collisions.judge(sound).iterator();
        for (int h = 0; h < resolved.size(); h++) {
            KeyCollisions.Verdict verdict = problems.get(h).isEmpty() ? verdicts.next() : KeyCollisions.Verdict.NEW;
            List<ImportProblem> found = verdict.problems().isEmpty() ? problems.get(h) : verdict.problems();
            checked.count(resolved.get(h), found, verdict.alreadyPresent());
            rejected.write(resolved.get(h), found);
        }
    }

    private void readInChunks(InterchangeReader reader, Consumer<List<ImportedHousehold>> sink) {
        List<ImportedHousehold> chunk = new ArrayList<>(CHECK_CHUNK);
        forEachHousehold(reader, household -> {
            chunk.add(household);
            if (chunk.size() == CHECK_CHUNK) {
                sink.accept(List.copyOf(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            sink.accept(List.copyOf(chunk));
        }
    }

    private static RuntimeException rethrown(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new IllegalStateException("The import was interrupted", e);
        }
        return new IllegalStateException("The import failed: " + e.getMessage(), e);
    }

    /**
     * Stage 3: write the valid households in batches, each batch one transaction. A second thread
     * reads the file again, converts and prepares the rows of the next batches while this thread
     * writes; only committed batches are reported as written.
     */
    private ImportReport persist(
            Path file, CheckedImport checked, ImportOptions options, ImportProgress progress, String importId)
            throws IOException {
        Instant now = clock.instant();
        long[] totals = new long[3];
        try (BatchPipeline<PreparedBatch> batches = BatchPipeline.start(
                PIPELINE_DEPTH, "homeward-import-reader", sink -> prepareBatches(file, checked, options, now, sink))) {
            for (PreparedBatch batch = batches.next(); batch != null; batch = batches.next()) {
                flush(batch.households(), totals, file, importId);
                progress.written(batch.rowsDone(), checked.rows, totals[0]);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw rethrown(e);
        }
        progress.written(checked.rows, checked.rows, totals[0]);
        return checked.report(totals[0], totals[1], true);
    }

    /** The second reading of the file: the valid households, converted and turned into COPY rows, in batches. */
    private void prepareBatches(
            Path file, CheckedImport checked, ImportOptions options, Instant now, Consumer<PreparedBatch> sink)
            throws IOException {
        Map<String, String> folded = new HashMap<>();
        UnaryOperator<String> folding = part -> {
            String known = folded.get(part);
            if (known == null) {
                known = SearchText.fold(part);
                if (folded.size() >= MAX_REMEMBERED_NAMES) {
                    folded.clear();
                }
                folded.put(part, known);
            }
            return known;
        };
        RememberedNameKeys rememberedKeys = writer.rememberingNameKeys();
        List<HouseholdBulkWriter.PreparedHousehold> batch = new ArrayList<>();
        long[] rowsDone = {0};
        try (InterchangeReader reader = InterchangeReader.open(file, xlsxMaxRows)) {
            forEachHousehold(reader, read -> {
                rowsDone[0] += read.rows().size();
                ImportedHousehold household = placeNames.resolve(read);
                if (checked.leavesOut(household.key())) {
                    return;
                }
                batch.add(writer.prepare(toValid(household), now, options.actor(), folding, rememberedKeys));
                if (batch.size() >= options.batchSize()) {
                    sink.accept(new PreparedBatch(List.copyOf(batch), rowsDone[0]));
                    batch.clear();
                }
            });
        }
        if (!batch.isEmpty()) {
            sink.accept(new PreparedBatch(List.copyOf(batch), rowsDone[0]));
        }
    }

    /** Writes one batch and its audit entry in one transaction: both are kept, or neither. */
    private void flush(List<HouseholdBulkWriter.PreparedHousehold> batch, long[] totals, Path file, String importId) {
        int number = (int) ++totals[2];
        HouseholdBulkWriter.BatchResult result = transactions.execute(status -> {
            try {
                HouseholdBulkWriter.BatchResult written = writer.write(batch);
                audit.batchWritten(
                        importId,
                        file,
                        number,
                        written,
                        batch.get(0).firstRow(),
                        batch.get(batch.size() - 1).firstRow()
                                + batch.get(batch.size() - 1).members()
                                - 1);
                // As each registration says it was recorded, each batch does: listeners act once it is committed.
                events.publishEvent(new HouseholdsImported(written.households()));
                return written;
            } catch (java.sql.SQLException | IOException e) {
                throw new IllegalStateException("The batch could not be written: " + e.getMessage(), e);
            }
        });
        totals[0] += result.written();
        totals[1] += result.individuals();
    }

    /** Households ready to be written, and how many rows of the file lie behind them. */
    private record PreparedBatch(List<HouseholdBulkWriter.PreparedHousehold> households, long rowsDone) {}

    private List<ImportProblem> problemsOf(ImportedHousehold household) {
        List<ImportProblem> problems = new ArrayList<>(household.problems());
        for (ValidationProblem problem : validator.problemsOf(household.request())) {
            problems.add(new ImportProblem(
                    rowOf(household, problem.field()), columnOf(problem.field()), problem.code(), problem.message()));
        }
        return problems;
    }

    private ValidImport toValid(ImportedHousehold household) {
        List<ValidationProblem> ignored = new ArrayList<>();
        RegisterHouseholdRequest request = household.request();
        ValidatedHousehold validated =
                validator.check(request.registrationSite(), request.journey(), request.members(), ignored);
        return new ValidImport(
                household.key(),
                validated,
                household.individualKeys(),
                household.registeredOn(),
                household.returnedOn(),
                household.consent(),
                household.firstRow());
    }

    private void forEachHousehold(InterchangeReader reader, Consumer<ImportedHousehold> action) {
        HouseholdAssembler assembler = new HouseholdAssembler(clock);
        List<InterchangeRow> rows = new ArrayList<>();
        while (reader.hasNext()) {
            InterchangeRow row = reader.next();
            String key = row.get(InterchangeColumn.HOUSEHOLD_KEY);
            if (!rows.isEmpty() && !java.util.Objects.equals(key, rows.get(0).get(InterchangeColumn.HOUSEHOLD_KEY))) {
                action.accept(assembler.assemble(List.copyOf(rows)));
                rows.clear();
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            action.accept(assembler.assemble(List.copyOf(rows)));
        }
    }

    private static long rowOf(ImportedHousehold household, String field) {
        if (field.startsWith("members[")) {
            int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
            if (index < household.rows().size()) {
                return household.rows().get(index).number();
            }
        }
        return household.firstRow();
    }

    private static String columnOf(String field) {
        InterchangeColumn column = InterchangeColumn.ofField(field);
        return column == null ? "" : column.header();
    }
}
