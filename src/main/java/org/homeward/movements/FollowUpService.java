package org.homeward.movements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.places.PlaceLookup;
import org.homeward.places.PlaceNameResolver;
import org.homeward.places.PlaceResolution;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdNotFoundException;
import org.homeward.registry.HouseholdQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up visits to returned households 3 and 6 months after they arrived: the list of visits
 * due, what each visit found, and the figures the plan's funnel shows.
 */
@Service
public class FollowUpService {

    /** Visits falling due this many days ahead are listed too, so that they can be planned. */
    static final int DAYS_AHEAD = 14;

    static final int MAX_LISTED = 500;
    static final int MAX_NOTE = 2000;
    private final FollowUpVisits visits;
    private final HouseholdQueries households;
    private final PlaceLookup places;
    private final AuditTrail audit;
    private final Clock clock;
    private final PlaceNameResolver placeNames;

    FollowUpService(
            FollowUpVisits visits,
            HouseholdQueries households,
            PlaceLookup places,
            PlaceNameResolver placeNames,
            AuditTrail audit,
            Clock clock) {
        this.placeNames = placeNames;
        this.visits = visits;
        this.households = households;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /** The visits due by two weeks from today that the caller may see, the soonest first. */
    @Transactional(readOnly = true)
    public List<FollowUpLine> due() {
        List<FollowUpLine> lines = new ArrayList<>();
        for (FollowUpVisit visit : visits.due(today().plusDays(DAYS_AHEAD), MAX_LISTED)) {
            line(visit).ifPresent(lines::add);
        }
        if (!lines.isEmpty()) {
            audit.record(new AuditEntry(
                    MovementAuditAction.READ_FOLLOW_UPS,
                    "household",
                    null,
                    null,
                    Map.of(
                            "households",
                            lines.stream()
                                    .map(line -> line.visit().householdId().toString())
                                    .distinct()
                                    .toList())));
        }
        return lines;
    }

    /** The follow-up visits of a household, made and due. */
    @Transactional(readOnly = true)
    public List<FollowUpVisit> ofHousehold(UUID householdId) {
        households.find(householdId);
        return visits.ofHousehold(householdId);
    }

    /** Records what a visit found; a visit is recorded once. */
    @Transactional
    public FollowUpVisit record(String visitId, FollowUpRequest request, String actor) {
        UUID id = BoardingIds.parse(
                visitId, MovementsProblemCode.FOLLOW_UP_NOT_FOUND, "There is no such follow-up visit");
        FollowUpVisit visit = visits.lock(id)
                .filter(found -> line(found).isPresent())
                .orElseThrow(() -> BoardingRefusedException.notFound(
                        MovementsProblemCode.FOLLOW_UP_NOT_FOUND, "There is no such follow-up visit"));
        if (visit.outcome() != null) {
            throw BoardingRefusedException.conflict(
                    MovementsProblemCode.FOLLOW_UP_ALREADY_RECORDED, "This visit has been recorded already");
        }
        ValidFollowUp valid = validate(request, visit);
        visits.record(
                id,
                valid.outcome(),
                valid.displacedTo(),
                valid.reason(),
                valid.note(),
                valid.visitedOn(),
                clock.instant(),
                actor);
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.RECORD_FOLLOW_UP,
                "household",
                visit.householdId().toString(),
                null,
                Map.of("visit", id.toString(), "outcome", valid.outcome().name(), "monthsAfter", visit.monthsAfter())));
        return visits.lock(id).orElseThrow();
    }

    /** The follow-up figures of a plan's movements, or of every movement when the plan is null. */
    @Transactional(readOnly = true)
    public FollowUpFigures figures(UUID planId) {
        return visits.figures(planId, today());
    }

    private record ValidFollowUp(
            FollowUpOutcome outcome,
            String displacedTo,
            FollowUpDisplacementReason reason,
            String note,
            LocalDate visitedOn) {}

    private ValidFollowUp validate(FollowUpRequest request, FollowUpVisit visit) {
        List<FieldProblem> problems = new ArrayList<>();
        FollowUpOutcome outcome = parse(FollowUpOutcome.class, request.outcome());
        if (outcome == null) {
            problems.add(new FieldProblem(
                    "outcome",
                    MovementsProblemCode.FOLLOW_UP_OUTCOME_INVALID,
                    "Choose AT_HOME, DISPLACED_AGAIN or NOT_FOUND"));
        }
        String displacedTo = blankToNull(request.displacedTo());
        FollowUpDisplacementReason reason = parse(FollowUpDisplacementReason.class, request.reason());
        if (outcome == FollowUpOutcome.DISPLACED_AGAIN) {
            displacedTo = placeOf(displacedTo, problems);
            if (reason == null) {
                problems.add(new FieldProblem(
                        "reason",
                        MovementsProblemCode.DISPLACEMENT_REASON_INVALID,
                        "Choose why the household was displaced again from the list"));
            }
        } else {
            displacedTo = null;
            reason = null;
        }
        String note = blankToNull(request.note());
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem(
                    "note",
                    MovementsProblemCode.FOLLOW_UP_NOTE_TOO_LONG,
                    "A note has at most " + MAX_NOTE + " characters"));
        }
        LocalDate visitedOn = request.visitedOn() == null ? today() : request.visitedOn();
        if (visitedOn.isAfter(today()) || visitedOn.isBefore(visit.arrivedOn())) {
            problems.add(new FieldProblem(
                    "visitedOn",
                    MovementsProblemCode.FOLLOW_UP_DATE_INVALID,
                    "A visit happens between the arrival (" + visit.arrivedOn() + ") and today"));
        }
        if (!problems.isEmpty()) {
            throw BoardingRefusedException.invalid(MovementsProblemCode.FOLLOW_UP_INVALID, problems);
        }
        return new ValidFollowUp(outcome, displacedTo, reason, note, visitedOn);
    }

    /**
     * The P-code of the place a household is displaced to, typed as a code or by its name as imports read
     * names; null with a problem when the text names no place, or several (the message naming them).
     */
    private String placeOf(String typed, List<FieldProblem> problems) {
        if (typed != null && places.isKnownArea(typed.toUpperCase(Locale.ROOT))) {
            return typed.toUpperCase(Locale.ROOT);
        }
        PlaceResolution resolution = typed == null ? null : placeNames.resolve(typed);
        if (resolution != null && resolution.status() == PlaceResolution.Status.RESOLVED) {
            return resolution.pcode().orElseThrow();
        }
        if (resolution != null && resolution.status() == PlaceResolution.Status.AMBIGUOUS) {
            problems.add(
                    new FieldProblem("displacedTo", MovementsProblemCode.DISPLACED_TO_AMBIGUOUS, resolution.message()));
        } else {
            problems.add(new FieldProblem(
                    "displacedTo",
                    MovementsProblemCode.DISPLACED_TO_UNKNOWN,
                    "Give the town or area the household is displaced to now (its name or its P-code)"));
        }
        return null;
    }

    private Optional<FollowUpLine> line(FollowUpVisit visit) {
        try {
            Household household = households.find(visit.householdId());
            return Optional.of(new FollowUpLine(
                    visit,
                    household.reference(),
                    household.principal().displayNameArabic(),
                    household.principal().displayNameLatin(),
                    household.journey().destinationPcode()));
        } catch (HouseholdNotFoundException outOfScope) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
