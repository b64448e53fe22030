-- Reception: centres with their capacity, the stays of households in them, and the history of both.

-- A centre is known by its code (centre_id in centres.csv), stable across imports.
-- status is what a person decided (OPEN or CLOSED); FULL is never stored, it is derived from
-- the live occupancy, so it cannot go stale when someone checks out.
-- Accessible units are some of the family units, hence accessible_units <= capacity_families.
CREATE TABLE reception_centre (
    code               text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name_en            text NOT NULL CHECK (name_en <> ''),
    name_ar            text NOT NULL CHECK (name_ar <> ''),
    town_en            text NOT NULL CHECK (town_en <> ''),
    town_ar            text NOT NULL CHECK (town_ar <> ''),
    pcode              text NOT NULL CHECK (pcode ~ '^SY[0-9]{6}$'),
    latitude           double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    capacity_persons   integer NOT NULL CHECK (capacity_persons >= 0),
    capacity_families  integer NOT NULL CHECK (capacity_families >= 0),
    accessible_units   integer NOT NULL CHECK (accessible_units >= 0 AND accessible_units <= capacity_families),
    services           text[] NOT NULL DEFAULT '{}',
    status             text NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    version            integer NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    updated_by         text NOT NULL
);
CREATE INDEX reception_centre_pcode ON reception_centre (pcode);

-- Every change to a centre: created, changed (by hand or by an import), with what changed.
CREATE TABLE reception_centre_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    centre_code  text NOT NULL REFERENCES reception_centre (code),
    occurred_at  timestamptz NOT NULL,
    actor        text NOT NULL,
    type         text NOT NULL CHECK (type IN ('CREATED', 'UPDATED', 'IMPORTED')),
    details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX reception_centre_event_centre ON reception_centre_event (centre_code, id);

-- A stay: some or all members of one household in one centre, from check-in until it ends
-- (check-out or transfer). A household has at most one open stay.
CREATE TABLE reception_stay (
    id                uuid PRIMARY KEY,
    centre_code       text NOT NULL REFERENCES reception_centre (code),
    household_id      uuid NOT NULL REFERENCES household (id),
    member_ids        uuid[] NOT NULL CHECK (cardinality(member_ids) > 0),
    persons           integer GENERATED ALWAYS AS (cardinality(member_ids)) STORED,
    accessible        boolean NOT NULL,
    partial_reason    text,
    transferred_from  uuid REFERENCES reception_stay (id),
    started_at        timestamptz NOT NULL,
    started_by        text NOT NULL,
    ended_at          timestamptz,
    ended_by          text,
    end_outcome       text CHECK (end_outcome IN ('RETURNED_HOME', 'OTHER_ACCOMMODATION', 'LEFT_WITHOUT_NOTICE',
                                                  'OTHER', 'TRANSFERRED')),
    end_note          text,
    CONSTRAINT stay_end_complete CHECK ((ended_at IS NULL) = (ended_by IS NULL)
                                        AND (ended_at IS NULL) = (end_outcome IS NULL))
);
CREATE UNIQUE INDEX reception_one_open_stay_per_household ON reception_stay (household_id) WHERE ended_at IS NULL;
CREATE INDEX reception_open_stays_by_centre ON reception_stay (centre_code) WHERE ended_at IS NULL;
CREATE INDEX reception_stays_by_household ON reception_stay (household_id);

-- History is data: who checked whom in, out or across, when and why. Rows are never changed.
CREATE TABLE reception_stay_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stay_id       uuid NOT NULL REFERENCES reception_stay (id),
    household_id  uuid NOT NULL REFERENCES household (id),
    centre_code   text NOT NULL REFERENCES reception_centre (code),
    type          text NOT NULL CHECK (type IN ('CHECKED_IN', 'CHECKED_OUT', 'TRANSFERRED_OUT', 'TRANSFERRED_IN')),
    occurred_at   timestamptz NOT NULL,
    actor         text NOT NULL,
    reason        text,
    details       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX reception_stay_event_household ON reception_stay_event (household_id, id);
CREATE INDEX reception_stay_event_stay ON reception_stay_event (stay_id, id);

CREATE FUNCTION reception_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reception history is append-only' USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER reception_stay_event_append_only BEFORE UPDATE OR DELETE ON reception_stay_event
    FOR EACH ROW EXECUTE FUNCTION reception_refuse_history_change();
CREATE TRIGGER reception_centre_event_append_only BEFORE UPDATE OR DELETE ON reception_centre_event
    FOR EACH ROW EXECUTE FUNCTION reception_refuse_history_change();

-- The occupancy of a centre: persons, family units (one per open stay) and accessible units
-- (one per open stay of a household needing one).
CREATE FUNCTION reception_occupancy(centre text, OUT persons integer, OUT families integer, OUT accessible integer)
    LANGUAGE sql STABLE AS $$
    SELECT coalesce(sum(s.persons), 0)::integer, count(*)::integer, count(*) FILTER (WHERE s.accessible)::integer
    FROM reception_stay s WHERE s.centre_code = centre AND s.ended_at IS NULL
$$;

-- The last guard of capacity, whatever code writes the stay: the centre row is locked, so two
-- transactions admitting people to one centre take turns, and the second one sees the first's
-- stay before it counts. The application locks the same row first and answers a clear problem;
-- this trigger only fires on a path that forgot to.
CREATE FUNCTION reception_guard_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    centre reception_centre%ROWTYPE;
    used record;
BEGIN
    SELECT * INTO centre FROM reception_centre WHERE code = NEW.centre_code FOR UPDATE;
    SELECT * INTO used FROM reception_occupancy(NEW.centre_code);
    IF used.persons > centre.capacity_persons OR used.families > centre.capacity_families
            OR used.accessible > centre.accessible_units THEN
        RAISE EXCEPTION 'CENTRE_FULL' USING ERRCODE = 'check_violation', HINT = NEW.centre_code;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER reception_stay_within_capacity AFTER INSERT OR UPDATE OF member_ids, accessible, centre_code
    ON reception_stay FOR EACH ROW WHEN (NEW.ended_at IS NULL) EXECUTE FUNCTION reception_guard_capacity();

-- A centre's capacity cannot be lowered below the people it shelters.
CREATE FUNCTION reception_guard_capacity_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    used record;
BEGIN
    SELECT * INTO used FROM reception_occupancy(NEW.code);
    IF used.persons > NEW.capacity_persons OR used.families > NEW.capacity_families
            OR used.accessible > NEW.accessible_units THEN
        RAISE EXCEPTION 'CAPACITY_BELOW_OCCUPANCY' USING ERRCODE = 'check_violation', HINT = NEW.code;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER reception_centre_capacity_covers_occupancy BEFORE UPDATE OF capacity_persons, capacity_families,
    accessible_units ON reception_centre FOR EACH ROW EXECUTE FUNCTION reception_guard_capacity_change();

-- The forecast reads the journeys planned in the coming weeks; without this it scans every household.
CREATE INDEX IF NOT EXISTS reception_household_planned_arrivals ON household (planned_date)
    WHERE journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT');
