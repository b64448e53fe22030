-- Organised returns: a plan with targets, movements with their vehicles, and a manifest of the
-- households and persons on each movement. Households and individuals are the registry's; they are
-- named here by id only (the registry never deletes a household by an ordinary action), so this
-- feature never reads the registry's tables and goes through its public services instead.

CREATE TABLE return_plan (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    starts_on  date        NOT NULL,
    ends_on    date        NOT NULL,
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE UNIQUE INDEX return_plan_name_once ON return_plan (lower(name));

-- How many persons a plan means to bring home from one country of asylum in one month, optionally
-- through one crossing ('' means through any crossing).
CREATE TABLE return_plan_target (
    plan_id        uuid    NOT NULL REFERENCES return_plan (id),
    asylum_country text    NOT NULL CHECK (asylum_country ~ '^[A-Z]{3}$'),
    month          date    NOT NULL CHECK (extract(day FROM month) = 1),
    crossing_code  text    NOT NULL DEFAULT '',
    persons        integer NOT NULL CHECK (persons >= 0),
    PRIMARY KEY (plan_id, asylum_country, month, crossing_code)
);

CREATE TABLE movement (
    id               uuid PRIMARY KEY,
    plan_id          uuid REFERENCES return_plan (id),
    kind             text        NOT NULL CHECK (kind IN ('ORGANISED_RETURN', 'GO_AND_SEE')),
    departs_on       date        NOT NULL,
    -- the day a go-and-see visit comes back; an organised return has no return leg
    returns_on       date,
    departure_point  text        NOT NULL CHECK (length(departure_point) BETWEEN 1 AND 200),
    asylum_country   text CHECK (asylum_country ~ '^[A-Z]{3}$'),
    crossing_code    text        NOT NULL,
    destination_kind text        NOT NULL CHECK (destination_kind IN ('RECEPTION', 'HOME')),
    status           text        NOT NULL DEFAULT 'PLANNED'
                                 CHECK (status IN ('PLANNED', 'DEPARTED', 'ARRIVED', 'CANCELLED')),
    departed_at      timestamptz,
    departed_by      text,
    arrived_at       timestamptz,
    created_by       text        NOT NULL,
    created_at       timestamptz NOT NULL,
    version          integer     NOT NULL DEFAULT 0,
    CHECK ((kind = 'GO_AND_SEE') = (returns_on IS NOT NULL)),
    CHECK (returns_on IS NULL OR returns_on >= departs_on),
    CHECK ((status IN ('DEPARTED', 'ARRIVED')) = (departed_at IS NOT NULL))
);
CREATE INDEX movement_by_day ON movement (departs_on, status);
CREATE INDEX movement_by_plan ON movement (plan_id, departs_on);

CREATE TABLE movement_vehicle (
    movement_id      uuid    NOT NULL REFERENCES movement (id),
    label            text    NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
    seats            integer NOT NULL CHECK (seats BETWEEN 1 AND 120),
    accessible_seats integer NOT NULL DEFAULT 0 CHECK (accessible_seats >= 0 AND accessible_seats <= seats),
    PRIMARY KEY (movement_id, label)
);

-- A household on a movement. It is open while the household is on a movement that has not ended;
-- a household is on at most one open manifest at a time. Nothing is deleted: a household taken off
-- keeps its row with when, who and why.
CREATE TABLE manifest_household (
    movement_id       uuid        NOT NULL REFERENCES movement (id),
    household_id      uuid        NOT NULL,
    destination_pcode text        NOT NULL,
    -- the reception centre booked for it when the movement goes to reception
    centre_code       text,
    open              boolean     NOT NULL DEFAULT true,
    added_at          timestamptz NOT NULL,
    added_by          text        NOT NULL,
    removed_at        timestamptz,
    removed_by        text,
    removal_reason    text CHECK (removal_reason IN ('WITHDRAWN', 'NO_SHOW', 'REMOVED_BY_OFFICER', 'MOVED')),
    removal_note      text,
    PRIMARY KEY (movement_id, household_id),
    CHECK ((removed_at IS NULL) = (removal_reason IS NULL)),
    CHECK (removed_at IS NULL OR NOT open)
);
CREATE UNIQUE INDEX manifest_household_open_once ON manifest_household (household_id) WHERE open;
CREATE INDEX manifest_household_by_household ON manifest_household (household_id);

-- A person of a manifest household. A household travels together: a member who stays behind needs
-- a recorded reason. Boarding and arrival are recorded per person.
CREATE TABLE manifest_person (
    movement_id   uuid        NOT NULL,
    household_id  uuid        NOT NULL,
    individual_id uuid        NOT NULL,
    travels       boolean     NOT NULL DEFAULT true,
    stays_reason  text,
    vehicle_label text,
    accessible_seat boolean   NOT NULL DEFAULT false,
    boarding      text        NOT NULL DEFAULT 'PENDING' CHECK (boarding IN ('PENDING', 'BOARDED', 'NO_SHOW')),
    boarded_at    timestamptz,
    boarded_by    text,
    arrival       text        NOT NULL DEFAULT 'PENDING' CHECK (arrival IN ('PENDING', 'ARRIVED', 'MISSING')),
    arrived_at    timestamptz,
    arrived_by    text,
    PRIMARY KEY (movement_id, individual_id),
    FOREIGN KEY (movement_id, household_id) REFERENCES manifest_household (movement_id, household_id),
    FOREIGN KEY (movement_id, vehicle_label) REFERENCES movement_vehicle (movement_id, label),
    CHECK (travels OR stays_reason IS NOT NULL),
    CHECK ((boarding = 'BOARDED') = (boarded_at IS NOT NULL)),
    CHECK (arrival = 'PENDING' OR boarding = 'BOARDED')
);
-- Nobody is on board two vehicles at once.
CREATE UNIQUE INDEX manifest_person_on_board_once ON manifest_person (individual_id)
    WHERE boarding = 'BOARDED' AND arrival = 'PENDING';
CREATE INDEX manifest_person_by_household ON manifest_person (movement_id, household_id);

-- A coordinator's decision that lets a household depart despite an amber check, with the reason
-- and the household's acknowledgement that they were told. Red checks have no such decision.
CREATE TABLE departure_decision (
    id                     bigserial PRIMARY KEY,
    movement_id            uuid        NOT NULL,
    household_id           uuid        NOT NULL,
    check_name             text        NOT NULL,
    reason                 text        NOT NULL CHECK (length(reason) BETWEEN 3 AND 2000),
    household_acknowledged boolean     NOT NULL CHECK (household_acknowledged),
    decided_by             text        NOT NULL,
    decided_at             timestamptz NOT NULL,
    FOREIGN KEY (movement_id, household_id) REFERENCES manifest_household (movement_id, household_id)
);
CREATE INDEX departure_decision_by_household ON departure_decision (movement_id, household_id);

-- The history of a movement: created, households added or taken off, checks decided, departed,
-- boarded, arrived. Append only, like every history in Homeward.
CREATE TABLE movement_event (
    id           bigserial PRIMARY KEY,
    movement_id  uuid        NOT NULL REFERENCES movement (id),
    household_id uuid,
    occurred_at  timestamptz NOT NULL,
    actor        text        NOT NULL,
    type         text        NOT NULL,
    details      jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX movement_event_by_movement ON movement_event (movement_id, id);

CREATE FUNCTION movements_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'movement history is append-only' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER movement_event_append_only BEFORE UPDATE OR DELETE ON movement_event
    FOR EACH ROW EXECUTE FUNCTION movements_refuse_history_change();
CREATE TRIGGER departure_decision_append_only BEFORE UPDATE OR DELETE ON departure_decision
    FOR EACH ROW EXECUTE FUNCTION movements_refuse_history_change();
