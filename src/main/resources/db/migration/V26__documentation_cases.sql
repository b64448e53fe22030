-- Civil-documentation cases: a case follows one paper (a birth registered abroad, a replaced ID, a
-- marriage, a death, property evidence) through a chain of steps, each at its own authority. The
-- household and person are the registry's, named here by id only; the registration site and the
-- destination are copied when the case opens so that scopes can be applied without the registry's
-- tables.

CREATE TABLE documentation_case (
    id                 uuid PRIMARY KEY,
    household_id       uuid        NOT NULL,
    individual_id      uuid,
    case_type          text        NOT NULL CHECK (case_type ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    jurisdiction       text        NOT NULL CHECK (jurisdiction ~ '^[A-Z]{3}$'),
    status             text        NOT NULL CHECK (status IN ('OPEN', 'GATHERING_EVIDENCE', 'SUBMITTED', 'ISSUED',
                                                              'REJECTED', 'CLOSED')),
    -- the status before CLOSED: a closed case keeps whether its paper was issued or refused
    outcome            text CHECK (outcome IN ('ISSUED', 'REJECTED')),
    registration_site  text,
    destination_pcode  text,
    -- the day of the event the legal deadlines count from (a birth, a death, a marriage, a decree)
    event_date         date,
    assigned_to        text,
    proposal_id        uuid,
    opened_at          timestamptz NOT NULL,
    opened_by          text        NOT NULL,
    -- when the last step of the chain was done: the figure that matters
    chain_completed_at timestamptz,
    closed_at          timestamptz,
    version            integer     NOT NULL DEFAULT 0,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX documentation_case_by_household ON documentation_case (household_id);
CREATE INDEX documentation_case_queue ON documentation_case (assigned_to, status);
CREATE INDEX documentation_case_by_type ON documentation_case (case_type, jurisdiction, status);

-- One step of a case's chain, at one authority, with the evidence it needs and what came of it.
CREATE TABLE documentation_step (
    id            uuid PRIMARY KEY,
    case_id       uuid    NOT NULL REFERENCES documentation_case (id),
    position      integer NOT NULL CHECK (position >= 1),
    step_code     text    NOT NULL,
    in_syria_only boolean NOT NULL DEFAULT false,
    optional      boolean NOT NULL DEFAULT false,
    status        text    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED', 'SKIPPED')),
    -- names of the evidence items gathered (the files themselves are kept apart, by case id)
    evidence      jsonb   NOT NULL DEFAULT '[]',
    started_on    date,
    completed_on  date,
    outcome_note  text CHECK (length(outcome_note) <= 2000),
    done_by       text,
    version       integer NOT NULL DEFAULT 0,
    UNIQUE (case_id, position),
    UNIQUE (case_id, step_code),
    CHECK ((status IN ('DONE', 'FAILED', 'SKIPPED')) = (completed_on IS NOT NULL))
);

-- The history of a case: opened, assigned, re-assigned, every step, every status, notes, reminders.
CREATE TABLE documentation_case_event (
    id          bigserial PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES documentation_case (id),
    step_id     uuid REFERENCES documentation_step (id),
    occurred_at timestamptz NOT NULL,
    actor       text        NOT NULL,
    type        text        NOT NULL,
    details     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX documentation_case_event_by_case ON documentation_case_event (case_id, id);

-- Who a case was given to, by whom and why; the last row is the current assignment.
CREATE TABLE documentation_assignment (
    id          bigserial PRIMARY KEY,
    case_id     uuid        NOT NULL REFERENCES documentation_case (id),
    assigned_to text        NOT NULL,
    assigned_by text        NOT NULL,
    assigned_at timestamptz NOT NULL,
    reason      text CHECK (length(reason) <= 500)
);
CREATE INDEX documentation_assignment_by_case ON documentation_assignment (case_id, id);

-- A reminder on a case for a day; done reminders keep their row.
CREATE TABLE documentation_reminder (
    id         bigserial PRIMARY KEY,
    case_id    uuid        NOT NULL REFERENCES documentation_case (id),
    due_on     date        NOT NULL,
    note       text        NOT NULL CHECK (length(note) BETWEEN 1 AND 500),
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    done_at    timestamptz,
    done_by    text
);
CREATE INDEX documentation_reminder_open ON documentation_reminder (case_id) WHERE done_at IS NULL;

-- A case the registry's data suggests: a gap (a child born abroad with no birth registration, an
-- adult with no identity document, a household going home to an area with open property claims).
-- A case worker accepts it (a case opens) or dismisses it with a reason.
CREATE TABLE documentation_proposal (
    id                uuid PRIMARY KEY,
    household_id      uuid        NOT NULL,
    individual_id     uuid,
    case_type         text        NOT NULL,
    jurisdiction      text        NOT NULL CHECK (jurisdiction ~ '^[A-Z]{3}$'),
    gap               text        NOT NULL CHECK (gap IN ('BIRTH_NOT_REGISTERED', 'NO_IDENTITY_DOCUMENT',
                                                          'PROPERTY_CLAIMS_OPEN')),
    registration_site text,
    destination_pcode text,
    event_date        date,
    status            text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DISMISSED')),
    proposed_at       timestamptz NOT NULL,
    decided_by        text,
    decided_at        timestamptz,
    dismiss_reason    text CHECK (length(dismiss_reason) <= 500),
    case_id           uuid REFERENCES documentation_case (id),
    CHECK ((status = 'DISMISSED') = (dismiss_reason IS NOT NULL)),
    CHECK ((status = 'ACCEPTED') = (case_id IS NOT NULL))
);
-- The same gap of the same person is proposed once, whatever becomes of the proposal.
CREATE UNIQUE INDEX documentation_proposal_once ON documentation_proposal
    (household_id, coalesce(individual_id, '00000000-0000-0000-0000-000000000000'::uuid), case_type);
CREATE INDEX documentation_proposal_open ON documentation_proposal (status, proposed_at);

CREATE FUNCTION documentation_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'documentation case history is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER documentation_case_event_append_only BEFORE UPDATE OR DELETE ON documentation_case_event
    FOR EACH ROW EXECUTE FUNCTION documentation_refuse_history_change();
CREATE TRIGGER documentation_assignment_append_only BEFORE UPDATE OR DELETE ON documentation_assignment
    FOR EACH ROW EXECUTE FUNCTION documentation_refuse_history_change();
