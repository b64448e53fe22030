package org.homeward.documentation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.access.CurrentAccess;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.Individual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens documentation cases, shows them, lists the work queues, assigns cases to case workers and
 * keeps notes and reminders. Every method sees only the cases of households in the caller's scope
 * (others are "not found"); every read is in the audit trail and every change in the case's history.
 */
@Service
public class DocumentationCaseService {

    /** The roles that work on cases (and to whom a case may be assigned). */
    static final List<Role> CASE_ROLES = List.of(Role.DOCUMENTATION_CASE_WORKER, Role.COORDINATOR, Role.ADMIN);

    static final int QUEUE_SIZE = 200;
    private final DocumentationCaseRepository cases;
    private final CaseTypeCatalogue catalogue;
    private final CaseDeadlines deadlines;
    private final HouseholdQueries households;
    private final UserService users;
    private final CurrentAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    DocumentationCaseService(
            DocumentationCaseRepository cases,
            CaseTypeCatalogue catalogue,
            CaseDeadlines deadlines,
            HouseholdQueries households,
            UserService users,
            CurrentAccess access,
            AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.households = households;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a case on a household in the caller's scope, assigned to the caller. */
    @Transactional
    public DocumentationCase open(OpenCaseRequest request) {
        return open(request, null);
    }

    @Transactional
    DocumentationCase open(OpenCaseRequest request, UUID proposalId) {
        if (request.householdId() == null) {
            throw InvalidCaseRequestException.of("householdId", DocumentationProblemCode.REQUIRED, "is required");
        }
        CaseType type = catalogue
                .type(request.caseType() == null ? "" : request.caseType().trim())
                .orElseThrow(() -> InvalidCaseRequestException.of(
                        "caseType", DocumentationProblemCode.UNKNOWN_CASE_TYPE, "is not a known case type"));
        CaseTypeChain chain = type.chain(
                        request.jurisdiction() == null
                                ? ""
                                : request.jurisdiction().trim())
                .orElseThrow(() -> InvalidCaseRequestException.of(
                        "jurisdiction",
                        DocumentationProblemCode.NO_CHAIN_IN_JURISDICTION,
                        "has no chain of steps for " + type.code()));
        Household household = households.find(request.householdId());
        if (type.aboutAPerson() && request.individualId() == null) {
            throw InvalidCaseRequestException.of(
                    "individualId", DocumentationProblemCode.REQUIRED, "names the member the case is about");
        }
        if (request.individualId() != null
                && household.members().stream().noneMatch(member -> member.id().equals(request.individualId()))) {
            throw InvalidCaseRequestException.of(
                    "individualId", DocumentationProblemCode.NOT_A_MEMBER, "is not a member of the household");
        }
        Instant now = clock.instant();
        List<CaseStep> steps = new ArrayList<>();
        for (StepDefinition step : chain.steps()) {
            steps.add(new CaseStep(
                    UUID.randomUUID(),
                    steps.size() + 1,
                    step.code(),
                    step.inSyriaOnly(),
                    step.optional(),
                    StepStatus.PENDING,
                    List.of(),
                    null,
                    null,
                    null,
                    null));
        }
        String actor = access.actor();
        DocumentationCase opened = new DocumentationCase(
                UUID.randomUUID(),
                household.id(),
                request.individualId(),
                type.code(),
                chain.jurisdiction(),
                CaseStatus.OPEN,
                null,
                household.registrationSite(),
                household.journey().destinationPcode(),
                CaseInput.date(request.eventDate(), "eventDate", deadlines.today()),
                null,
                proposalId,
                now,
                actor,
                null,
                null,
                0,
                steps);
        cases.insert(opened);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("caseType", type.code());
        details.put("jurisdiction", chain.jurisdiction());
        if (proposalId != null) {
            details.put("proposal", proposalId.toString());
        }
        cases.event(opened.id(), null, now, actor, CaseEventType.OPENED, details);
        cases.assign(opened.id(), actor, actor, now, null);
        cases.event(opened.id(), null, now, actor, CaseEventType.ASSIGNED, Map.of("to", actor));
        audit.recordWithChange(new AuditEntry(
                DocumentationAuditAction.OPEN_DOCUMENTATION_CASE,
                "documentation_case",
                opened.id().toString(),
                null,
                Map.of("households", List.of(household.id().toString()))));
        return require(opened.id(), false);
    }

    /** A case shown to the caller with everything its page needs; the read is in the audit trail. */
    @Transactional(readOnly = true)
    public CaseView view(UUID id) {
        DocumentationCase found = require(id, false);
        audit.record(new AuditEntry(
                DocumentationAuditAction.READ_DOCUMENTATION_CASE,
                "documentation_case",
                id.toString(),
                null,
                Map.of("households", List.of(found.householdId().toString()))));
        CaseType type = catalogue.type(found.caseType()).orElseThrow();
        CaseTypeChain chain = type.chain(found.jurisdiction()).orElseThrow();
        List<CaseView.StepView> steps = deadlines.of(found).stream()
                .map(deadline -> new CaseView.StepView(
                        deadline.step(), chain.step(deadline.step().code()).orElseThrow(), deadline))
                .toList();
        Household household = households.find(found.householdId());
        return new CaseView(
                found,
                type,
                chain,
                steps,
                cases.history(id),
                cases.assignments(id),
                cases.reminders(id),
                person(household, found),
                household.reference());
    }

    private static CaseView.CasePerson person(Household household, DocumentationCase found) {
        Individual member = household.members().stream()
                .filter(candidate -> candidate.id().equals(found.individualId()))
                .findFirst()
                .orElse(household.principal());
        return new CaseView.CasePerson(
                member.displayNameArabic(),
                member.displayNameLatin(),
                member.relationship().name(),
                member.birthDate().format());
    }

    /** The case's history, oldest first; the read is in the audit trail. */
    @Transactional(readOnly = true)
    public List<CaseEvent> history(UUID id) {
        DocumentationCase found = require(id, false);
        audit.record(new AuditEntry(
                DocumentationAuditAction.READ_DOCUMENTATION_CASE_HISTORY,
                "documentation_case",
                id.toString(),
                null,
                Map.of("households", List.of(found.householdId().toString()))));
        return cases.history(id);
    }

    /** A work queue in the caller's scope: MINE (assigned to the caller), UNASSIGNED or ALL open cases. */
    @Transactional(readOnly = true)
    public List<DocumentationCase> queue(CaseQueue queue) {
        List<DocumentationCase> listed = switch (queue) {
            case MINE -> cases.list(access.scope(), access.actor(), false, true, QUEUE_SIZE);
            case UNASSIGNED -> cases.list(access.scope(), null, true, true, QUEUE_SIZE);
            case ALL -> cases.list(access.scope(), null, false, false, QUEUE_SIZE);
        };
        if (!listed.isEmpty()) {
            audit.record(new AuditEntry(
                    DocumentationAuditAction.LIST_DOCUMENTATION_CASES,
                    "documentation_case",
                    null,
                    queue.name(),
                    Map.of(
                            "households",
                            listed.stream()
                                    .map(found -> found.householdId().toString())
                                    .distinct()
                                    .toList())));
        }
        return listed;
    }

    /**
     * The overdue and soon-due steps of the open cases assigned to a case worker (the caller when null);
     * the listing names the cases' households in the audit trail.
     */
    @Transactional(readOnly = true)
    public List<StepDeadline> dueSoon(String worker) {
        String whose = worker == null || worker.isBlank() ? access.actor() : worker.trim();
        List<DocumentationCase> open = cases.list(access.scope(), whose, false, true, QUEUE_SIZE);
        List<StepDeadline> due = deadlines.dueSoon(open);
        if (!due.isEmpty()) {
            java.util.Set<UUID> listed =
                    due.stream().map(StepDeadline::caseId).collect(java.util.stream.Collectors.toSet());
            audit.record(new AuditEntry(
                    DocumentationAuditAction.LIST_DOCUMENTATION_DEADLINES,
                    "documentation_case",
                    null,
                    whose,
                    Map.of(
                            "households",
                            open.stream()
                                    .filter(found -> listed.contains(found.id()))
                                    .map(found -> found.householdId().toString())
                                    .distinct()
                                    .toList())));
        }
        return due;
    }

    /** The open reminders due today or earlier on the caller's cases. */
    @Transactional(readOnly = true)
    public List<CaseReminder> remindersDue() {
        return cases.remindersDue(access.actor(), deadlines.today());
    }

    /** Gives a case to a case worker; the assignment and the reason go into its history. */
    @Transactional
    public DocumentationCase assign(UUID id, CaseAssignmentRequest request) {
        DocumentationCase found = require(id, true);
        String assignee = CaseInput.text(request.assignee(), "assignee", 64, true);
        String reason = CaseInput.text(request.reason(), "reason", 500, found.assignedTo() != null);
        boolean works = users.all().stream()
                .anyMatch(
                        user -> user.username().equals(assignee) && user.enabled() && CASE_ROLES.contains(user.role()));
        if (!works) {
            throw InvalidCaseRequestException.of(
                    "assignee",
                    DocumentationProblemCode.NOT_A_CASE_WORKER,
                    "is not an enabled user who works on documentation cases");
        }
        if (!access.scopeOf(assignee).covers(found.registrationSite(), found.destinationPcode())) {
            throw new AssigneeOutOfScopeException();
        }
        if (assignee.equals(found.assignedTo())) {
            throw InvalidCaseRequestException.of(
                    "assignee", DocumentationProblemCode.ALREADY_ASSIGNED, "already has this case");
        }
        Instant now = clock.instant();
        cases.assign(id, assignee, access.actor(), now, reason);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("to", assignee);
        if (found.assignedTo() != null) {
            details.put("from", found.assignedTo());
        }
        if (reason != null) {
            details.put("reason", reason);
        }
        cases.event(
                id,
                null,
                now,
                access.actor(),
                found.assignedTo() == null ? CaseEventType.ASSIGNED : CaseEventType.REASSIGNED,
                details);
        return require(id, false);
    }

    /** Adds a note to the case's history. */
    @Transactional
    public void note(UUID id, CaseNoteRequest request) {
        require(id, true);
        String text = CaseInput.text(request.text(), "text", 2000, true);
        cases.event(id, null, clock.instant(), access.actor(), CaseEventType.NOTE, Map.of("text", text));
    }

    /** Sets a reminder on the case for a day. */
    @Transactional
    public long remind(UUID id, CaseReminderRequest request) {
        require(id, true);
        java.time.LocalDate dueOn = CaseInput.date(request.dueOn(), "dueOn", null);
        if (dueOn == null) {
            throw InvalidCaseRequestException.of("dueOn", DocumentationProblemCode.REQUIRED, "is required");
        }
        String note = CaseInput.text(request.note(), "note", 500, true);
        Instant now = clock.instant();
        long reminder = cases.addReminder(id, dueOn, note, access.actor(), now);
        cases.event(
                id,
                null,
                now,
                access.actor(),
                CaseEventType.REMINDER_SET,
                Map.of("dueOn", dueOn.toString(), "note", note));
        return reminder;
    }

    /** Marks a reminder of the case done. */
    @Transactional
    public void reminderDone(UUID id, long reminderId) {
        require(id, true);
        Instant now = clock.instant();
        if (!cases.reminderDone(id, reminderId, access.actor(), now)) {
            throw new CaseConflictException(
                    DocumentationProblemCode.REMINDER_NOT_OPEN, "The case has no open reminder " + reminderId);
        }
        cases.event(id, null, now, access.actor(), CaseEventType.REMINDER_DONE, Map.of("reminder", reminderId));
    }

    /** The case if it exists and lies in the caller's scope, without recording a read (for work on it). */
    Optional<DocumentationCase> find(UUID id) {
        return cases.find(id, false)
                .filter(found -> access.scope().covers(found.registrationSite(), found.destinationPcode()));
    }

    /** The case if it exists and lies in the caller's scope; otherwise not found, so existence does not leak. */
    DocumentationCase require(UUID id, boolean forUpdate) {
        return cases.find(id, forUpdate)
                .filter(found -> access.scope().covers(found.registrationSite(), found.destinationPcode()))
                .orElseThrow(CaseNotFoundException::caseNotFound);
    }

    /** The case types, for forms and the API. */
    public List<CaseType> caseTypes() {
        return catalogue.types();
    }
}
