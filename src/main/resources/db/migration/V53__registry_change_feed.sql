-- The registry's change feed. Until now statistics hung its own triggers on the registry's tables
-- (V6, V8) and read them from its functions and an index of its own on household. The registry now
-- keeps what changed in a feed it owns, written by its own statement-level triggers, and publishes it
-- with the functions that say on which day and at which stage a household stands. Statistics drains
-- the feed when it refreshes; it no longer names the registry's tables.

-- Where a household's journey stands: RETURNED (home), PENDING (registered, on its way or intending
-- to go), or nowhere (withdrawn).
CREATE FUNCTION registry_journey_stage(journey_status text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN journey_status = 'RETURNED_HOME' THEN 'RETURNED'
                WHEN journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT', 'AT_RECEPTION') THEN 'PENDING' END
$$;

-- The day a household's journey stands on, in Syrian time: the return date for returns (the day of
-- registration when there is none), the day of registration for journeys still ahead.
CREATE FUNCTION registry_journey_day(journey_status text, returned_on date, registered_at timestamptz) RETURNS date
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN journey_status = 'RETURNED_HOME' AND returned_on IS NOT NULL THEN returned_on
                ELSE (registered_at AT TIME ZONE 'Asia/Damascus')::date END
$$;

-- Households by stage and day: the days a reader of the feed recounts are found through it. It
-- replaces statistics' index of the same definition.
DROP INDEX household_statistics_slice;
CREATE INDEX household_journey_day ON household (registry_journey_stage(journey_status),
    registry_journey_day(journey_status, returned_on, registered_at));

-- The feed. A row with a stage and a day says that households standing on that day, at that stage,
-- gained, lost or changed members or counted facts; a row with household ids says that these
-- households' day, consent or members changed, so that a reader who relates their members to other
-- records (linked people) looks at those too. Writers only append, one row per statement and day, so
-- concurrent registrations never wait on each other and the bulk import's COPY adds one row per day.
CREATE TABLE registry_change (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stage          text,
    day            date,
    household_ids  uuid[],
    CHECK ((stage IS NOT NULL AND day IS NOT NULL AND household_ids IS NULL)
        OR (stage IS NULL AND day IS NULL AND household_ids IS NOT NULL))
);

CREATE VIEW registry_change_v AS
SELECT id, stage, day, household_ids FROM registry_change;
CREATE TRIGGER registry_change_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON registry_change_v
    FOR EACH ROW EXECUTE FUNCTION registry_refuse_view_write();

-- Takes the feed's rows: answers them and removes them, in the caller's transaction, so a reader
-- that fails takes nothing. Rows of transactions not yet committed stay for the next reader.
CREATE FUNCTION registry_take_changes() RETURNS TABLE (stage text, day date, household_ids uuid[])
    LANGUAGE sql AS $$
    DELETE FROM registry_change c RETURNING c.stage, c.day, c.household_ids
$$;

-- The statistics triggers on household and individual, and the functions they ran, give way to the
-- registry's own. They fired on the same statements and wrote the same days; the households whose
-- linked people may count elsewhere are now passed on as ids for the reader to follow.
DROP TRIGGER statistics_households_changed ON household;
DROP TRIGGER statistics_households_removed ON household;
DROP TRIGGER statistics_consent_changed ON household;
DROP TRIGGER statistics_individuals_added ON individual;
DROP TRIGGER statistics_individuals_changed ON individual;
DROP TRIGGER statistics_individuals_removed ON individual;
DROP FUNCTION statistics_households_changed();
DROP FUNCTION statistics_households_removed();
DROP FUNCTION statistics_consent_changed();
DROP FUNCTION statistics_individuals_added();
DROP FUNCTION statistics_individuals_changed();
DROP FUNCTION statistics_individuals_removed();
DROP FUNCTION statistics_mark_households(uuid[]);

-- A household's counted facts or its recorded consent changed: its old and its new day. Its day,
-- stage or consent changed: its id too, for the people linked to its members (any change of consent
-- is passed on; whether it matters is the reader's rule, and consent changes are rare). A household's
-- own insert needs nothing: it counts only once members exist.
CREATE FUNCTION registry_households_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (stage, day)
    SELECT DISTINCT stage, day FROM (
        SELECT registry_journey_stage(b.journey_status) AS stage,
               registry_journey_day(b.journey_status, b.returned_on, b.registered_at) AS day
        FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.return_type, b.origin_country, b.crossing_point, b.destination_pcode, b.journey_status, b.returned_on,
               b.registered_at, b.consent_purposes, b.consent_recorded_at)
              IS DISTINCT FROM (a.return_type, a.origin_country, a.crossing_point, a.destination_pcode, a.journey_status,
               a.returned_on, a.registered_at, a.consent_purposes, a.consent_recorded_at)
        UNION ALL
        SELECT registry_journey_stage(a.journey_status), registry_journey_day(a.journey_status, a.returned_on, a.registered_at)
        FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.return_type, b.origin_country, b.crossing_point, b.destination_pcode, b.journey_status, b.returned_on,
               b.registered_at, b.consent_purposes, b.consent_recorded_at)
              IS DISTINCT FROM (a.return_type, a.origin_country, a.crossing_point, a.destination_pcode, a.journey_status,
               a.returned_on, a.registered_at, a.consent_purposes, a.consent_recorded_at)
    ) AS days WHERE stage IS NOT NULL;
    INSERT INTO registry_change (household_ids)
    SELECT ids FROM (SELECT array_agg(a.id) AS ids FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.journey_status, b.returned_on, b.registered_at, b.consent_purposes, b.consent_recorded_at)
              IS DISTINCT FROM (a.journey_status, a.returned_on, a.registered_at,
                                a.consent_purposes, a.consent_recorded_at)) AS changed
    WHERE ids IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_households_changed AFTER UPDATE ON household
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION registry_households_changed();

CREATE FUNCTION registry_households_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (stage, day)
    SELECT DISTINCT registry_journey_stage(journey_status), registry_journey_day(journey_status, returned_on, registered_at)
    FROM removed WHERE registry_journey_stage(journey_status) IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_households_removed AFTER DELETE ON household
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry_households_removed();

-- Members added (registration, the import's COPY): the days of their households, one row a day.
CREATE FUNCTION registry_individuals_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (stage, day)
    SELECT DISTINCT registry_journey_stage(h.journey_status), registry_journey_day(h.journey_status, h.returned_on, h.registered_at)
    FROM (SELECT DISTINCT household_id FROM added) AS a JOIN household h ON h.id = a.household_id
    WHERE registry_journey_stage(h.journey_status) IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_individuals_added AFTER INSERT ON individual
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION registry_individuals_added();

-- Members whose counted facts changed, or who moved household: their households (old and new), whose
-- days a reader finds through the ids. Other changes (names, keys, search text) add nothing.
CREATE FUNCTION registry_individuals_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (household_ids)
    SELECT ids FROM (SELECT array_agg(DISTINCT household_id) AS ids FROM (
        SELECT b.household_id FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.household_id, b.sex, b.birth_date, b.birth_date_precision, b.principal)
              IS DISTINCT FROM (a.household_id, a.sex, a.birth_date, a.birth_date_precision, a.principal)
        UNION
        SELECT a.household_id FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE b.household_id <> a.household_id) AS changed) AS households
    WHERE ids IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_individuals_changed AFTER UPDATE ON individual
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION registry_individuals_changed();

CREATE FUNCTION registry_individuals_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (household_ids)
    SELECT ids FROM (SELECT array_agg(DISTINCT household_id) AS ids FROM removed) AS households WHERE ids IS NOT NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER registry_individuals_removed AFTER DELETE ON individual
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION registry_individuals_removed();
