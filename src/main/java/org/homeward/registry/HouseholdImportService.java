package org.homeward.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports households from a file in the interchange layout, as named stages: parse, resolve
 * place names, validate, persist. Every row is checked before anything is written; a file with problems imports nothing
 * unless invalid households may be skipped. Households are written in batches, each its own
 * transaction, so a crash loses nothing acknowledged and never leaves half a household; importing
 * the same file again writes only what is missing. A large first import sets the name indexes
 * aside and builds them again before it returns (see {@link NameIndexes}).
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdImportService(HouseholdValidator validator, PlaceNameStage placeNames, HouseholdBulkWriter writer,
                           NameIndexes nameIndexes, BulkImports bulkImports, ApplicationEventPublisher events,
                           TransactionTemplate transactions, Clock clock) {
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
        CheckedFile checked = check(file, options, progress);
        if (checked.problemCount > 0 && !options.skipInvalid()) {
            return checked.report(0, 0, 0, false);
        }
        ImportReport report;
        try (NameIndexes.Suspension nameIndexesAside = nameIndexes.suspendFor(checked.rows)) {
            try (BulkImports.Writing writing = bulkImports.startWriting()) {
                report = persist(file, checked, options, progress);
            }
            if (nameIndexesAside.suspended()) {
                progress.buildingNameIndexes();
            }
        }
        // Listeners (the statistics summary) catch up here, so that the import is done when they are.
        events.publishEvent(new BulkImports.Finished(report.householdsWritten()));
        return report;
    }

    /**
     * Stage 1 and 2: parse every row and validate every household, writing nothing. A second thread
     * parses and groups the rows while this one resolves places and validates.
     */
    private CheckedFile check(Path file, ImportOptions options, ImportProgress progress) throws IOException {
        CheckedFile checked = new CheckedFile();
        try (InterchangeReader reader = InterchangeReader.open(file);
             RejectedRowsWriter rejected = RejectedRowsWriter.open(options.skipInvalid() ? options.rejectedRows() : null,
                     reader.header());
             BatchPipeline<List<ImportedHousehold>> households = BatchPipeline.start(PIPELINE_DEPTH,
                     "homeward-import-reader", sink -> readInChunks(reader, sink))) {
            checked.note = reader.note();
            for (List<ImportedHousehold> chunk = households.next(); chunk != null; chunk = households.next()) {
                for (ImportedHousehold read : chunk) {
                    ImportedHousehold household = placeNames.resolve(read);
                    List<ImportProblem> problems = problemsOf(household);
                    checked.count(household, problems);
                    rejected.write(household, problems);
                }
                progress.checked(checked.rows);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw rethrown(e);
        }
        return checked;
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
    private ImportReport persist(Path file, CheckedFile checked, ImportOptions options, ImportProgress progress)
            throws IOException {
        Instant now = clock.instant();
        long[] totals = new long[4];
        try (BatchPipeline<PreparedBatch> batches = BatchPipeline.start(PIPELINE_DEPTH, "homeward-import-reader",
                sink -> prepareBatches(file, checked, options, now, sink))) {
            for (PreparedBatch batch = batches.next(); batch != null; batch = batches.next()) {
                flush(batch.households(), totals, checked);
                progress.written(batch.rowsDone(), checked.rows, totals[0]);
            }
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw rethrown(e);
        }
        progress.written(checked.rows, checked.rows, totals[0]);
        return checked.report(totals[0], totals[1], totals[2], true);
    }

    /** The second reading of the file: the valid households, converted and turned into COPY rows, in batches. */
    private void prepareBatches(Path file, CheckedFile checked, ImportOptions options, Instant now,
                                Consumer<PreparedBatch> sink) throws IOException {
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
        List<HouseholdBulkWriter.PreparedHousehold> batch = new ArrayList<>();
        long[] rowsDone = {0};
        try (InterchangeReader reader = InterchangeReader.open(file)) {
            forEachHousehold(reader, read -> {
                rowsDone[0] += read.rows().size();
                ImportedHousehold household = placeNames.resolve(read);
                if (checked.invalidKeys.contains(household.key())) {
                    return;
                }
                batch.add(writer.prepare(toValid(household), now, options.actor(), folding));
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

    private void flush(List<HouseholdBulkWriter.PreparedHousehold> batch, long[] totals, CheckedFile checked) {
        HouseholdBulkWriter.BatchResult result = transactions.execute(status -> {
            try {
                return writer.write(batch);
            } catch (java.sql.SQLException | IOException e) {
                throw new IllegalStateException("The batch could not be written: " + e.getMessage(), e);
            }
        });
        totals[0] += result.written();
        totals[1] += result.individuals();
        totals[2] += result.alreadyPresent();
        checked.addAll(result.problems());
    }

    /** Households ready to be written, and how many rows of the file lie behind them. */
    private record PreparedBatch(List<HouseholdBulkWriter.PreparedHousehold> households, long rowsDone) {
    }

    private List<ImportProblem> problemsOf(ImportedHousehold household) {
        List<ImportProblem> problems = new ArrayList<>(household.problems());
        for (ValidationProblem problem : validator.problemsOf(household.request())) {
            problems.add(new ImportProblem(rowOf(household, problem.field()), columnOf(problem.field()),
                    problem.code(), problem.message()));
        }
        return problems;
    }

    private ValidImport toValid(ImportedHousehold household) {
        List<ValidationProblem> ignored = new ArrayList<>();
        RegisterHouseholdRequest request = household.request();
        ValidatedHousehold validated = validator.check(request.registrationSite(), request.journey(), request.members(), ignored);
        return new ValidImport(household.key(), validated, household.individualKeys(), household.registeredOn(),
                household.returnedOn(), household.consent(), household.firstRow());
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

    /** Counts and problems of the checking pass. */
    private static final class CheckedFile {
        String note = "";
        long rows;
        long households;
        long invalidHouseholds;
        long problemCount;
        final List<ImportProblem> problems = new ArrayList<>();
        final Set<String> invalidKeys = new HashSet<>();

        void count(ImportedHousehold household, List<ImportProblem> householdProblems) {
            rows += household.rows().size();
            households++;
            if (!householdProblems.isEmpty()) {
                invalidHouseholds++;
                invalidKeys.add(household.key());
                addAll(householdProblems);
            }
        }

        void addAll(List<ImportProblem> more) {
            problemCount += more.size();
            for (ImportProblem problem : more) {
                if (problems.size() < ImportReport.MAX_PROBLEMS) {
                    problems.add(problem);
                }
            }
        }

        ImportReport report(long written, long individuals, long alreadyPresent, boolean imported) {
            problems.sort(java.util.Comparator.comparingLong(ImportProblem::row));
            return new ImportReport(note, rows, households, invalidHouseholds, written, individuals, alreadyPresent,
                    List.copyOf(problems), problemCount, imported);
        }
    }
}
