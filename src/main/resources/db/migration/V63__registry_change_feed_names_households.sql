-- The registry's change feed names the households whose counted facts changed, for every change.
-- Until now a change of return type, origin, crossing or destination, a household's removal and new
-- members gave the stage and day the household stood on, and a reader recounted every household of
-- those days: 1,000 pending journeys registered on 1,000 different days and moved home together cost
-- a recount of 1,000 whole days. Now every such statement appends one row with the ids of the
-- households concerned, and a reader recounts those households alone. Rows with a stage and a day are
-- no longer written; those written before this migration are still valid and read as before.

-- A household's counted facts or its recorded consent changed: its id. Its own insert needs nothing:
-- it counts only once members exist, and their insert names it.
CREATE OR REPLACE FUNCTION registry_households_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (household_ids)
    SELECT ids FROM (SELECT array_agg(a.id) AS ids FROM before_change b JOIN after_change a ON a.id = b.id
        WHERE (b.return_type, b.origin_country, b.crossing_point, b.destination_pcode, b.journey_status, b.returned_on,
               b.registered_at, b.consent_purposes, b.consent_recorded_at)
              IS DISTINCT FROM (a.return_type, a.origin_country, a.crossing_point, a.destination_pcode, a.journey_status,
               a.returned_on, a.registered_at, a.consent_purposes, a.consent_recorded_at)) AS changed
    WHERE ids IS NOT NULL;
    RETURN NULL;
END $$;

-- Households removed: their ids, so that a reader takes back what it counted for them.
CREATE OR REPLACE FUNCTION registry_households_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (household_ids)
    SELECT ids FROM (SELECT array_agg(id) AS ids FROM removed) AS households WHERE ids IS NOT NULL;
    RETURN NULL;
END $$;

-- Members added (registration, the import's COPY): the ids of their households, one row per statement.
CREATE OR REPLACE FUNCTION registry_individuals_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO registry_change (household_ids)
    SELECT ids FROM (SELECT array_agg(DISTINCT household_id) AS ids FROM added) AS households WHERE ids IS NOT NULL;
    RETURN NULL;
END $$;

COMMENT ON TABLE registry_change IS
    'Owned by the registry: its change feed for counting. Since V63 every row names households (household_ids); '
    'rows with a stage and a day come only from before V63.';
