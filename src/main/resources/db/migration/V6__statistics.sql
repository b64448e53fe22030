-- Statistics: the person links that duplicate detection fills, and a summary of returns that the
-- registry's own write paths keep fresh. See docs/statistics.md for the definitions.

-- One row per individual record that duplicate detection has resolved to a person. Records of the
-- same person share person_id; a record without a row is a person of its own. Counting
-- "deduplicated persons" counts each person_id once (the record's own id where there is no row).
-- person_link (individual_id, person_id) comes from duplicate detection (V4); statistics also
-- records when and by whom a link was made, where the writer knows it.
ALTER TABLE person_link ADD COLUMN IF NOT EXISTS linked_at timestamptz,
                        ADD COLUMN IF NOT EXISTS linked_by text;

-- Where a household stands for statistics: RETURNED (home) or PENDING (registered, on its way or
-- intending to go); withdrawn journeys count nowhere.
CREATE FUNCTION statistics_stage(journey_status text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN journey_status = 'RETURNED_HOME' THEN 'RETURNED'
                WHEN journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT', 'AT_RECEPTION') THEN 'PENDING' END
$$;

-- The day a household is counted on, in Syrian time: the return date for returns (the day of
-- registration when the registry has none), the day of registration for pending journeys.
CREATE FUNCTION statistics_day(journey_status text, returned_on date, registered_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN journey_status = 'RETURNED_HOME' AND returned_on IS NOT NULL THEN returned_on
                ELSE (registered_at AT TIME ZONE 'Asia/Damascus')::date END
$$;

-- The administrative unit of a destination at a level (1 governorate, 2 district, 3 sub-district):
-- a P-code's prefix, the P-code itself when it is coarser, OTHER for anything that is not a P-code.
CREATE FUNCTION statistics_area(pcode text, level integer) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN pcode ~ '^SY[0-9]{2}' THEN left(pcode, 2 + 2 * level) ELSE 'OTHER' END
$$;

-- Age group at a day. A birth date known to the month or year is taken as the middle of that
-- month or year (the 15th, 2 July), so an imprecise date errs neither way; unknown stays unknown.
-- Someone born after the day (a baby registered later) is in the youngest group. Written as one
-- expression, ages looked up in an array of 61 bands, so that PostgreSQL inlines it into queries.
CREATE FUNCTION statistics_age_group(birth_date date, birth_date_precision text, on_day date) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN birth_date IS NULL OR birth_date_precision = 'UNKNOWN' THEN 'unknown'
                ELSE (array_fill('0_4'::text, ARRAY[5]) || array_fill('5_11'::text, ARRAY[7])
                      || array_fill('12_17'::text, ARRAY[6]) || array_fill('18_59'::text, ARRAY[42]) || ARRAY['60_plus'])
                     [1 + greatest(0, least(60, extract(year FROM age(on_day::timestamp, (birth_date
                         + CASE birth_date_precision WHEN 'YEAR' THEN 182 WHEN 'MONTH' THEN 14 ELSE 0 END)::timestamp))::int))] END
$$;

CREATE INDEX household_statistics_slice ON household (statistics_stage(journey_status),
    statistics_day(journey_status, returned_on, registered_at));

-- The summary: counts per day and per month, at each administrative level, for one breakdown at a
-- time (total, country of asylum, crossing point, sex and age group). Days and the finest level are
-- recomputed from the registry; everything else moves by the same differences.
CREATE TABLE statistics_cell (
    breakdown     text NOT NULL CHECK (breakdown IN ('total', 'country', 'crossing', 'sex_age')),
    area_level    smallint NOT NULL CHECK (area_level BETWEEN 1 AND 3),
    grain         text NOT NULL CHECK (grain IN ('D', 'M')),
    stage         text NOT NULL CHECK (stage IN ('RETURNED', 'PENDING')),
    period_start  date NOT NULL,
    area_code     text NOT NULL,
    return_type   text NOT NULL,
    category      text NOT NULL,
    individuals   integer NOT NULL CHECK (individuals >= 0),
    persons       integer NOT NULL CHECK (persons >= 0),
    households    integer NOT NULL CHECK (households >= 0),
    PRIMARY KEY (breakdown, area_level, grain, stage, period_start, area_code, return_type, category)
);

-- Days whose counts changed since the last refresh. Writers only append here, so concurrent
-- registrations never wait on each other for a summary row.
CREATE TABLE statistics_stale_day (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stage  text NOT NULL,
    day    date NOT NULL
);
CREATE INDEX statistics_stale_day_slice ON statistics_stale_day (stage, day);

CREATE TABLE statistics_refresh (
    id            integer PRIMARY KEY CHECK (id = 1),
    refreshed_at  timestamptz
);
INSERT INTO statistics_refresh (id, refreshed_at) VALUES (1, NULL);

-- The days of the given households and of every other record of the people linked to their members.
CREATE FUNCTION statistics_mark_households(household_ids uuid[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO statistics_stale_day (stage, day)
    SELECT DISTINCT stage, day FROM (
        SELECT statistics_stage(h.journey_status) AS stage,
               statistics_day(h.journey_status, h.returned_on, h.registered_at) AS day
        FROM household h WHERE h.id = ANY(household_ids)
        UNION ALL
        SELECT statistics_stage(h2.journey_status), statistics_day(h2.journey_status, h2.returned_on, h2.registered_at)
        FROM individual i
        JOIN person_link l ON l.individual_id = i.id
        JOIN person_link l2 ON l2.person_id = l.person_id AND l2.individual_id <> l.individual_id
        JOIN individual i2 ON i2.id = l2.individual_id
        JOIN household h2 ON h2.id = i2.household_id
        WHERE i.household_id = ANY(household_ids)) AS slices
    WHERE stage IS NOT NULL
$$;

-- The days of the given records and of every record of the given people.
CREATE FUNCTION statistics_mark_people(individual_ids uuid[], person_ids uuid[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO statistics_stale_day (stage, day)
    SELECT DISTINCT statistics_stage(h.journey_status), statistics_day(h.journey_status, h.returned_on, h.registered_at)
    FROM (SELECT unnest(individual_ids) AS id
          UNION SELECT l.individual_id FROM person_link l WHERE l.person_id = ANY(person_ids)) AS touched
    JOIN individual i ON i.id = touched.id
    JOIN household h ON h.id = i.household_id
    WHERE statistics_stage(h.journey_status) IS NOT NULL
$$;

-- A journey that reaches RETURNED_HOME without a return date gets the day it happened, in Syrian
-- time, so that it is counted on that day and not moved by later edits.
CREATE FUNCTION household_return_date() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.journey_status = 'RETURNED_HOME' AND OLD.journey_status <> 'RETURNED_HOME' AND NEW.returned_on IS NULL THEN
        NEW.returned_on := (NEW.updated_at AT TIME ZONE 'Asia/Damascus')::date;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER household_return_date BEFORE UPDATE OF journey_status ON household
    FOR EACH ROW EXECUTE FUNCTION household_return_date();

-- Statement-level triggers with transition tables: one cheap insert per statement, also for the
-- bulk import's COPY. A household's own insert needs none: it counts only once members exist.
CREATE FUNCTION statistics_households_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO statistics_stale_day (stage, day)
    SELECT DISTINCT stage, day FROM (
        SELECT statistics_stage(b.journey_status) AS stage, statistics_day(b.journey_status, b.returned_on, b.registered_at) AS day
        FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.return_type, b.origin_country, b.crossing_point, b.destination_pcode, b.journey_status, b.returned_on, b.registered_at)
              IS DISTINCT FROM (a.return_type, a.origin_country, a.crossing_point, a.destination_pcode, a.journey_status, a.returned_on, a.registered_at)
        UNION ALL
        SELECT statistics_stage(a.journey_status), statistics_day(a.journey_status, a.returned_on, a.registered_at)
        FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.return_type, b.origin_country, b.crossing_point, b.destination_pcode, b.journey_status, b.returned_on, b.registered_at)
              IS DISTINCT FROM (a.return_type, a.origin_country, a.crossing_point, a.destination_pcode, a.journey_status, a.returned_on, a.registered_at)
    ) AS slices WHERE stage IS NOT NULL;
    PERFORM statistics_mark_households(ARRAY(
        SELECT a.id FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.journey_status, b.returned_on, b.registered_at) IS DISTINCT FROM (a.journey_status, a.returned_on, a.registered_at)
          AND EXISTS (SELECT 1 FROM individual i JOIN person_link l ON l.individual_id = i.id WHERE i.household_id = a.id)));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_households_changed AFTER UPDATE ON household
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_households_changed();

CREATE FUNCTION statistics_households_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO statistics_stale_day (stage, day)
    SELECT DISTINCT statistics_stage(journey_status), statistics_day(journey_status, returned_on, registered_at)
    FROM removed WHERE statistics_stage(journey_status) IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_households_removed AFTER DELETE ON household
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION statistics_households_removed();

CREATE FUNCTION statistics_individuals_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO statistics_stale_day (stage, day)
    SELECT DISTINCT statistics_stage(h.journey_status), statistics_day(h.journey_status, h.returned_on, h.registered_at)
    FROM (SELECT DISTINCT household_id FROM added) AS a JOIN household h ON h.id = a.household_id
    WHERE statistics_stage(h.journey_status) IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_individuals_added AFTER INSERT ON individual
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION statistics_individuals_added();

CREATE FUNCTION statistics_individuals_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistics_mark_households(ARRAY(
        SELECT b.household_id FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.household_id, b.sex, b.birth_date, b.birth_date_precision, b.principal)
              IS DISTINCT FROM (a.household_id, a.sex, a.birth_date, a.birth_date_precision, a.principal)
        UNION
        SELECT a.household_id FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE b.household_id <> a.household_id));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_individuals_changed AFTER UPDATE ON individual
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_individuals_changed();

CREATE FUNCTION statistics_individuals_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistics_mark_households(ARRAY(SELECT DISTINCT household_id FROM removed));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_individuals_removed AFTER DELETE ON individual
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION statistics_individuals_removed();

CREATE FUNCTION statistics_people_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistics_mark_people(ARRAY(SELECT individual_id FROM added), ARRAY(SELECT DISTINCT person_id FROM added));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_people_added AFTER INSERT ON person_link
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION statistics_people_added();

CREATE FUNCTION statistics_people_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistics_mark_people(
        ARRAY(SELECT individual_id FROM before_change UNION SELECT individual_id FROM after_change),
        ARRAY(SELECT person_id FROM before_change UNION SELECT person_id FROM after_change));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_people_changed AFTER UPDATE ON person_link
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_people_changed();

CREATE FUNCTION statistics_people_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistics_mark_people(ARRAY(SELECT individual_id FROM removed), ARRAY(SELECT DISTINCT person_id FROM removed));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_people_removed AFTER DELETE ON person_link
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION statistics_people_removed();

-- Registrations made before this migration: mark all their days, so the first refresh builds the summary.
INSERT INTO statistics_stale_day (stage, day)
SELECT DISTINCT statistics_stage(journey_status), statistics_day(journey_status, returned_on, registered_at)
FROM household WHERE statistics_stage(journey_status) IS NOT NULL;
