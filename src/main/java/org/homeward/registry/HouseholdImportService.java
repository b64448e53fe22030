package org.homeward.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports households from a file in the interchange layout, as named stages: parse, resolve
 * place names, validate, persist. Every row is checked before anything is written; a file with problems imports nothing
 * unless invalid households may be skipped. Households are written in batches, each its own
 * transaction, so a crash loses nothing acknowledged and never leaves half a household; importing
 * the same file again writes only what is missing.
 */
@Service
public class HouseholdImportService {

    private final HouseholdValidator validator;
    private final PlaceNameStage placeNames;
    private final HouseholdBulkWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HouseholdImportService(HouseholdValidator validator, PlaceNameStage placeNames, HouseholdBulkWriter writer,
                           TransactionTemplate transactions, Clock clock) {
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
        return persist(file, checked, options, progress);
    }

    /** Stage 1 and 2: parse every row and validate every household, writing nothing. */
    private CheckedFile check(Path file, ImportOptions options, ImportProgress progress) throws IOException {
        CheckedFile checked = new CheckedFile();
        try (InterchangeReader reader = InterchangeReader.open(file);
             RejectedRowsWriter rejected = RejectedRowsWriter.open(options.skipInvalid() ? options.rejectedRows() : null,
                     reader.header())) {
            checked.note = reader.note();
            forEachHousehold(reader, household -> {
                List<ImportProblem> problems = problemsOf(household);
                checked.count(household, problems);
                rejected.write(household, problems);
                progress.checked(checked.rows);
            });
        }
        return checked;
    }

    /** Stage 3: write the valid households in batches, each batch one transaction. */
    private ImportReport persist(Path file, CheckedFile checked, ImportOptions options, ImportProgress progress)
            throws IOException {
        Instant now = clock.instant();
        long[] totals = new long[4];
        List<ValidImport> batch = new ArrayList<>();
        long[] rowsDone = {0};
        try (InterchangeReader reader = InterchangeReader.open(file)) {
            forEachHousehold(reader, household -> {
                rowsDone[0] += household.rows().size();
                if (checked.invalidKeys.contains(household.key())) {
                    return;
                }
                batch.add(toValid(household));
                if (batch.size() >= options.batchSize()) {
                    flush(batch, now, options.actor(), totals, checked);
                    progress.written(rowsDone[0], checked.rows, totals[0]);
                }
            });
        }
        flush(batch, now, options.actor(), totals, checked);
        progress.written(checked.rows, checked.rows, totals[0]);
        return checked.report(totals[0], totals[1], totals[2], true);
    }

    private void flush(List<ValidImport> batch, Instant now, String actor, long[] totals, CheckedFile checked) {
        if (batch.isEmpty()) {
            return;
        }
        HouseholdBulkWriter.BatchResult result = transactions.execute(status -> {
            try {
                return writer.write(batch, now, actor);
            } catch (java.sql.SQLException | IOException e) {
                throw new IllegalStateException("The batch could not be written: " + e.getMessage(), e);
            }
        });
        totals[0] += result.written();
        totals[1] += result.individuals();
        totals[2] += result.alreadyPresent();
        checked.addAll(result.problems());
        batch.clear();
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
                household.returnedOn(), household.firstRow());
    }

    private void forEachHousehold(InterchangeReader reader, Consumer<ImportedHousehold> action) {
        HouseholdAssembler assembler = new HouseholdAssembler(clock);
        List<InterchangeRow> rows = new ArrayList<>();
        while (reader.hasNext()) {
            InterchangeRow row = reader.next();
            String key = row.get(InterchangeColumn.HOUSEHOLD_KEY);
            if (!rows.isEmpty() && !java.util.Objects.equals(key, rows.get(0).get(InterchangeColumn.HOUSEHOLD_KEY))) {
                action.accept(placeNames.resolve(assembler.assemble(List.copyOf(rows))));
                rows.clear();
            }
            rows.add(row);
        }
        if (!rows.isEmpty()) {
            action.accept(placeNames.resolve(assembler.assemble(List.copyOf(rows))));
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
