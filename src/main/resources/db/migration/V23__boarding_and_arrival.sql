-- Boarding and arrival: alerts for persons who boarded and did not arrive, and the visits that
-- follow a returned household at 3 and 6 months. Boarding and arrival themselves are recorded per
-- person in manifest_person (V20).

-- A person who boarded a movement and was not there when its arrival was closed. The last known
-- point and time are what was known when the alert was raised: where they boarded, onto which
-- vehicle, towards which crossing, and when.
CREATE TABLE missing_person_alert (
    id              uuid PRIMARY KEY,
    movement_id     uuid        NOT NULL REFERENCES movement (id),
    household_id    uuid        NOT NULL,
    individual_id   uuid        NOT NULL,
    departure_point text        NOT NULL,
    crossing_code   text        NOT NULL,
    vehicle_label   text,
    last_seen_at    timestamptz NOT NULL,
    raised_at       timestamptz NOT NULL,
    raised_by       text        NOT NULL,
    status          text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED')),
    resolved_at     timestamptz,
    resolved_by     text,
    resolution_note text CHECK (resolution_note IS NULL OR length(resolution_note) BETWEEN 3 AND 2000),
    CHECK ((status = 'RESOLVED') = (resolved_at IS NOT NULL AND resolved_by IS NOT NULL AND resolution_note IS NOT NULL)),
    UNIQUE (movement_id, individual_id)
);
CREATE INDEX missing_person_alert_open ON missing_person_alert (status, raised_at);

-- A visit due to a household some months after it arrived: whether it is still at home, displaced
-- again (where to and why), or could not be found.
CREATE TABLE follow_up_visit (
    id                  uuid PRIMARY KEY,
    household_id        uuid        NOT NULL,
    movement_id         uuid        NOT NULL REFERENCES movement (id),
    months_after        integer     NOT NULL CHECK (months_after IN (3, 6)),
    arrived_on          date        NOT NULL,
    due_on              date        NOT NULL,
    -- the household's persons who arrived: the figures count persons, like the rest of the funnel
    persons             integer     NOT NULL CHECK (persons > 0),
    outcome             text CHECK (outcome IN ('AT_HOME', 'DISPLACED_AGAIN', 'NOT_FOUND')),
    displaced_to_pcode  text,
    displacement_reason text CHECK (displacement_reason IN ('SAFETY', 'HOUSING', 'SERVICES', 'LIVELIHOODS',
                                    'DOCUMENTS', 'MILITARY_SERVICE', 'PROPERTY', 'FAMILY', 'OTHER')),
    note                text CHECK (note IS NULL OR length(note) <= 2000),
    visited_on          date,
    recorded_by         text,
    recorded_at         timestamptz,
    CHECK ((outcome IS NULL) = (recorded_at IS NULL)),
    CHECK ((outcome = 'DISPLACED_AGAIN') = (displaced_to_pcode IS NOT NULL AND displacement_reason IS NOT NULL)),
    UNIQUE (movement_id, household_id, months_after)
);
CREATE INDEX follow_up_visit_due ON follow_up_visit (due_on) WHERE outcome IS NULL;
