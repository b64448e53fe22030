package org.homeward.reception;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.homeward.problems.ProblemException.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes reception centres, with their history, and tells each centre's live occupancy.
 * A user given centres ({@code centre:CODE}) changes and reads the history of those centres only:
 * another centre answers "not found" here, whatever page or API asked.
 */
@Service
public class CentreService {

    private final CentreRepository centres;
    private final CentreWriter writer;
    private final CentreHistory history;
    private final CentreValidator validator;
    private final Clock clock;
    private final CentreScope scope;

    CentreService(
            CentreRepository centres,
            CentreWriter writer,
            CentreHistory history,
            CentreValidator validator,
            Clock clock,
            CentreScope scope) {
        this.scope = scope;
        this.centres = centres;
        this.writer = writer;
        this.history = history;
        this.validator = validator;
        this.clock = clock;
    }

    /** Every centre with its occupancy, ordered by code. */
    @Transactional(readOnly = true)
    public List<CentreOccupancy> overview() {
        Map<String, Spaces> occupied = centres.occupancies();
        return centres.all().stream()
                .map(centre -> CentreOccupancy.of(centre, occupied.getOrDefault(centre.code(), Spaces.NONE)))
                .toList();
    }

    @Transactional(readOnly = true)
    public CentreOccupancy find(String code) {
        Centre centre = centres.find(code).orElseThrow(() -> new CentreNotFoundException(code));
        return CentreOccupancy.of(centre, centres.occupancy(code));
    }

    /** A centre the caller may change, to fill in its form; another centre is "not found". */
    @Transactional(readOnly = true)
    public CentreOccupancy findToChange(String code) {
        scope.require(code);
        return find(code);
    }

    @Transactional(readOnly = true)
    public List<CentreEvent> history(String code) {
        scope.require(code);
        find(code);
        return history.of(code);
    }

    @Transactional
    public Centre create(CentreRequest request, String actor) {
        List<FieldProblem> problems = validator.problemsOf(request, true);
        if (!problems.isEmpty()) {
            throw new InvalidCentreException(problems);
        }
        String code = request.code().trim();
        if (centres.find(code).isPresent()) {
            throw new CentreExistsException(code);
        }
        Centre centre = validator.toCentre(code, request, 0, clock.instant(), actor);
        try {
            writer.insert(centre, CentreEventType.CREATED);
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new CentreExistsException(code);
        }
        return centre;
    }

    /** Replaces a centre's details; the request carries the version read (409 if someone changed it since). */
    @Transactional
    public Centre update(String code, CentreRequest request, String actor) {
        scope.require(code);
        Centre before = centres.lock(code).orElseThrow(() -> new CentreNotFoundException(code));
        if (request.version() == null) {
            throw new InvalidCentreException(List.of(new FieldProblem(
                    "version",
                    ReceptionProblemCode.VERSION_MISSING,
                    "Send the version you read, so that nobody's change is overwritten unseen")));
        }
        if (request.version() != before.version()) {
            throw new StaleCentreException(code);
        }
        List<FieldProblem> problems = validator.problemsOf(request, false);
        if (!problems.isEmpty()) {
            throw new InvalidCentreException(problems);
        }
        Centre after = validator.toCentre(code, request, before.version() + 1, clock.instant(), actor);
        return writer.change(before, after, CentreEventType.UPDATED);
    }
}
