package org.homeward.reception;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.places.Place;
import org.homeward.places.PlaceLookup;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports {@code centres.csv}: all or nothing, and idempotent on {@code centre_id} (a centre in the
 * file is created, changed to match the file, or left alone when it matches already). A user given
 * centres may change only those: a file that would change another is refused whole.
 */
@Service
class CentreImportService {

    private final CentreRepository centres;
    private final CentreWriter writer;
    private final CentreValidator validator;
    private final PlaceLookup places;
    private final Clock clock;
    private final CentreScope scope;

    CentreImportService(
            CentreRepository centres,
            CentreWriter writer,
            CentreValidator validator,
            PlaceLookup places,
            Clock clock,
            CentreScope scope) {
        this.scope = scope;
        this.centres = centres;
        this.writer = writer;
        this.validator = validator;
        this.places = places;
        this.clock = clock;
    }

    /** A centre as the file has it, and as it is stored now (empty when new). */
    private record Change(Optional<Centre> before, Centre after) {}

    /** Reads, checks and writes the file in one transaction; on any problem nothing is written. */
    @Transactional
    public CentreImportReport importCsv(byte[] file, String actor) {
        CentreCsvReader.Result read = CentreCsvReader.read(file);
        List<CentreImportProblem> problems = new ArrayList<>(read.problems());
        List<CentreCsvReader.Row> rows = validRows(read.rows(), problems);
        List<Change> changes = problems.isEmpty() ? compareWithStored(rows, actor, problems) : List.of();
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CentreImportProblem::row).thenComparing(CentreImportProblem::column));
            throw new CentreImportException(problems);
        }
        int created = 0;
        int updated = 0;
        for (Change change : changes) {
            if (change.before().isEmpty()) {
                writer.insert(change.after(), CentreEventType.IMPORTED);
                created++;
            } else if (!change.before().get().changesTo(change.after()).isEmpty()) {
                writer.change(change.before().get(), change.after(), CentreEventType.IMPORTED);
                updated++;
            }
        }
        return new CentreImportReport(rows.size(), created, updated, rows.size() - created - updated);
    }

    private List<CentreCsvReader.Row> validRows(List<CentreCsvReader.Row> rows, List<CentreImportProblem> problems) {
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<CentreCsvReader.Row> valid = new ArrayList<>();
        for (CentreCsvReader.Row row : rows) {
            CentreRequest request = withDefaultNames(row.request());
            Set<String> unreadable = new HashSet<>();
            problems.stream()
                    .filter(problem -> problem.row() == row.row())
                    .forEach(problem -> unreadable.add(problem.column()));
            int before = problems.size();
            for (FieldProblem problem : validator.problemsOf(request, true)) {
                String column = CentreCsvLayout.columnOf(problem.field());
                if (!unreadable.contains(column)) {
                    problems.add(new CentreImportProblem(row.row(), column, problem.code(), problem.message()));
                }
            }
            if (request.code() != null) {
                Integer first = firstRowOfCode.putIfAbsent(request.code().trim(), row.row());
                if (first != null) {
                    problems.add(new CentreImportProblem(
                            row.row(),
                            CentreCsvLayout.CENTRE_ID,
                            ReceptionProblemCode.CENTRE_ID_DUPLICATED,
                            "The same centre_id is on row " + first));
                }
            }
            if (problems.size() == before && unreadable.isEmpty()) {
                valid.add(new CentreCsvReader.Row(row.row(), request));
            }
        }
        return valid;
    }

    /** Locks the centres the file changes, in code order so that two imports cannot deadlock. */
    private List<Change> compareWithStored(
            List<CentreCsvReader.Row> rows, String actor, List<CentreImportProblem> problems) {
        Instant now = clock.instant();
        List<Change> changes = new ArrayList<>();
        List<CentreCsvReader.Row> byCode = rows.stream()
                .sorted(Comparator.comparing(row -> row.request().code().trim()))
                .toList();
        for (CentreCsvReader.Row row : byCode) {
            String code = row.request().code().trim();
            Optional<Centre> before = centres.lock(code);
            if (before.isPresent() && !scope.covers(code)) {
                // The file would change a centre the user was not given: the whole file is refused.
                problems.add(new CentreImportProblem(
                        row.row(),
                        CentreCsvLayout.CENTRE_ID,
                        ReceptionProblemCode.CENTRE_OUT_OF_SCOPE,
                        "You may change only the centres you are given"));
                continue;
            }
            long version = before.map(centre -> centre.version() + 1).orElse(0L);
            Centre after = validator.toCentre(code, row.request(), version, now, actor);
            before.ifPresent(stored -> CentreWriter.capacityProblems(after.capacity(), centres.occupancy(code))
                    .forEach(problem -> problems.add(new CentreImportProblem(
                            row.row(), CentreCsvLayout.columnOf(problem.field()), problem.code(), problem.message()))));
            changes.add(new Change(before, after));
        }
        return changes;
    }

    /** A file may leave the names out: the centre is then named after its town (or the sub-district). */
    private CentreRequest withDefaultNames(CentreRequest request) {
        if (!CentreValidator.blank(request.nameEn()) && !CentreValidator.blank(request.nameAr())) {
            return request;
        }
        Optional<Place> area = places.area(request.pcode());
        String townEn = firstOf(request.townEn(), area.map(Place::nameEn).orElse(null), request.code());
        String townAr = firstOf(request.townAr(), area.map(Place::nameAr).orElse(null), townEn);
        String nameEn = firstOf(request.nameEn(), townEn == null ? null : "Reception centre " + townEn, null);
        String nameAr = firstOf(request.nameAr(), townAr == null ? null : "مركز استقبال " + townAr, null);
        return new CentreRequest(
                request.code(),
                nameEn,
                nameAr,
                request.townEn(),
                request.townAr(),
                request.pcode(),
                request.latitude(),
                request.longitude(),
                request.capacityPersons(),
                request.capacityFamilies(),
                request.accessibleUnits(),
                request.services(),
                request.open(),
                null);
    }

    private static String firstOf(String first, String second, String third) {
        if (!CentreValidator.blank(first)) {
            return first.trim();
        }
        return !CentreValidator.blank(second) ? second : third;
    }
}
