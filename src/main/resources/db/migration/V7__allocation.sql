-- Allocation: runs of the allocation engine over waiting households, and the proposal for each
-- household with the decision people took on it. Proposals are never deleted; a decision is taken once.

CREATE TABLE allocation_run (
    id                  uuid PRIMARY KEY,
    status              text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    window_from         date,
    window_to           date,
    started_at          timestamptz NOT NULL,
    started_by          text NOT NULL,
    finished_at         timestamptz,
    stage               integer NOT NULL DEFAULT 0,
    stage_message       text NOT NULL DEFAULT '',
    households          integer NOT NULL DEFAULT 0,
    households_placed   integer NOT NULL DEFAULT 0,
    households_waiting  integer NOT NULL DEFAULT 0,
    persons_placed      bigint NOT NULL DEFAULT 0,
    persons_waiting     bigint NOT NULL DEFAULT 0,
    households_skipped  integer NOT NULL DEFAULT 0,
    total_cost          double precision,
    lower_bound         double precision,
    gap                 double precision,
    weights             jsonb NOT NULL DEFAULT '{}',
    failure             text,
    CONSTRAINT allocation_window_complete CHECK ((window_from IS NULL) = (window_to IS NULL)
                                                 AND (window_from IS NULL OR window_from <= window_to))
);
CREATE INDEX allocation_run_started ON allocation_run (started_at DESC);

CREATE TABLE allocation_proposal (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id           uuid NOT NULL REFERENCES allocation_run (id),
    household_id     uuid NOT NULL REFERENCES household (id),
    reference        text NOT NULL,
    persons          integer NOT NULL CHECK (persons > 0),
    accessible       boolean NOT NULL,
    home_pcode       text NOT NULL,
    proposed_centre  text REFERENCES reception_centre (code),
    waiting_reason   text CHECK (waiting_reason IN ('NO_CENTRE_FITS', 'ROOM_TAKEN', 'CHEAPER_TO_WAIT')),
    explanation      jsonb NOT NULL,
    decision         text NOT NULL DEFAULT 'PROPOSED'
                     CHECK (decision IN ('PROPOSED', 'ACCEPTED', 'OVERRIDDEN', 'REJECTED')),
    final_centre     text REFERENCES reception_centre (code),
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text,
    CONSTRAINT allocation_proposal_centre_or_waiting CHECK ((proposed_centre IS NULL) <> (waiting_reason IS NULL)),
    CONSTRAINT allocation_decision_complete CHECK ((decision = 'PROPOSED') = (decided_at IS NULL)
                                                   AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT allocation_override_has_reason CHECK (decision <> 'OVERRIDDEN'
                                                     OR (final_centre IS NOT NULL AND decision_reason <> '')),
    UNIQUE (run_id, household_id)
);
CREATE INDEX allocation_proposal_run ON allocation_proposal (run_id, id);
