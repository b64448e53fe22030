package org.homeward.conditions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a file of assessments, all or nothing: read, check every row, refuse values that would
 * rewrite history, then add what is new in one transaction.
 */
@Service
public class AssessmentImportService {

    private final AssessmentRepository repository;
    private final IndicatorCatalogue catalogue;
    private final PlaceLookup places;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentImportService(
            AssessmentRepository repository,
            IndicatorCatalogue catalogue,
            PlaceLookup places,
            AuditTrail audit,
            Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AssessmentImportReport importFile(byte[] file, String actor) {
        AssessmentSheet sheet = AssessmentFileReader.read(file);
        List<Assessment> checked = check(sheet);
        List<Assessment> distinct = refuseRewrites(sheet, checked);
        int added = repository.add(distinct, actor, clock.instant());
        List<String> areas = distinct.stream()
                .map(Assessment::subdistrictPcode)
                .distinct()
                .sorted()
                .toList();
        audit.recordWithChange(
                new AuditEntry(
                        ConditionsAuditAction.IMPORT_ASSESSMENTS,
                        "area_assessment",
                        null,
                        null,
                        Map.of("rows", sheet.rows().size(), "added", added, "areas", areas.size())),
                actor);
        return new AssessmentImportReport(sheet.rows().size(), added, distinct.size() - added, areas);
    }

    private List<Assessment> check(AssessmentSheet sheet) {
        AssessmentRowValidator validator =
                new AssessmentRowValidator(catalogue, places, java.time.LocalDate.now(clock));
        List<AssessmentImportProblem> problems = new ArrayList<>();
        List<Assessment> checked = new ArrayList<>();
        for (AssessmentSheet.Row row : sheet.rows()) {
            validator.check(sheet, row, problems).ifPresent(checked::add);
        }
        if (!problems.isEmpty()) {
            throw new AssessmentImportException(problems);
        }
        return checked;
    }

    /**
     * The file's values without repeats; refuses a value that differs from one the same source gave
     * for the same place, indicator and day, in the file or already recorded: history is added to, never rewritten.
     */
    private List<Assessment> refuseRewrites(AssessmentSheet sheet, List<Assessment> checked) {
        Map<String, Assessment> recorded = new HashMap<>();
        repository
                .forAreas(checked.stream()
                        .map(Assessment::subdistrictPcode)
                        .distinct()
                        .toList())
                .forEach(value -> recorded.put(key(value), value));
        Map<String, Assessment> distinct = new LinkedHashMap<>();
        List<AssessmentImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            Assessment value = checked.get(i);
            Optional<Assessment> earlier = Optional.ofNullable(distinct.get(key(value)))
                    .or(() -> Optional.ofNullable(recorded.get(key(value))));
            if (earlier.isPresent() && earlier.get().value().compareTo(value.value()) != 0) {
                problems.add(new AssessmentImportProblem(
                        sheet.rows().get(i).number(),
                        AssessmentColumn.VALUE.header(),
                        ConditionsProblemCode.ASSESSMENT_CONFLICT,
                        "The same source already gave "
                                + earlier.get().value().stripTrailingZeros().toPlainString()
                                + " for this indicator, place and day; a correction is a new assessment"));
            } else {
                distinct.putIfAbsent(key(value), value);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssessmentImportException(problems);
        }
        return List.copyOf(distinct.values());
    }

    private static String key(Assessment value) {
        return value.seriesKey() + '|' + value.assessedOn();
    }
}
