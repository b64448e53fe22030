package org.homeward.reception;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Writes centres with their history, for the service and the import alike. Callers hold the
 * centre row's lock (or the centre is new) inside their transaction.
 */
@Component
class CentreWriter {

    private final CentreRepository centres;
    private final CentreHistory history;

    CentreWriter(CentreRepository centres, CentreHistory history) {
        this.centres = centres;
        this.history = history;
    }

    void insert(Centre centre, CentreEventType eventType) {
        centres.insert(centre);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("capacityPersons", centre.capacity().persons());
        details.put("capacityFamilies", centre.capacity().familyUnits());
        details.put("accessibleUnits", centre.capacity().accessibleUnits());
        details.put("open", centre.open());
        history.record(centre.code(), centre.updatedAt(), centre.updatedBy(), eventType, details);
    }

    /**
     * Writes a centre's new state. Refuses a capacity below the people sheltered; does nothing when
     * nothing changes, so that an import run twice changes nothing the second time.
     */
    Centre change(Centre before, Centre after, CentreEventType eventType) {
        Map<String, Object> changes = before.changesTo(after);
        if (changes.isEmpty()) {
            return before;
        }
        List<FieldProblem> problems = capacityProblems(after.capacity(), centres.occupancy(before.code()));
        if (!problems.isEmpty()) {
            throw new InvalidCentreException(problems);
        }
        if (!centres.update(after, before.version())) {
            throw new StaleCentreException(before.code());
        }
        history.record(after.code(), after.updatedAt(), after.updatedBy(), eventType, changes);
        return centres.find(after.code()).orElseThrow();
    }

    /** The capacity fields that would fall below what is taken now, each as a problem. */
    static List<FieldProblem> capacityProblems(Spaces capacity, Spaces occupied) {
        List<FieldProblem> problems = new ArrayList<>();
        if (capacity.persons() < occupied.persons()) {
            problems.add(below("capacityPersons", occupied.persons()));
        }
        if (capacity.familyUnits() < occupied.familyUnits()) {
            problems.add(below("capacityFamilies", occupied.familyUnits()));
        }
        if (capacity.accessibleUnits() < occupied.accessibleUnits()) {
            problems.add(below("accessibleUnits", occupied.accessibleUnits()));
        }
        return problems;
    }

    private static FieldProblem below(String field, int occupied) {
        return new FieldProblem(
                field,
                ReceptionProblemCode.CAPACITY_BELOW_OCCUPANCY,
                occupied + " taken now; check people out or transfer them before lowering the capacity");
    }
}
