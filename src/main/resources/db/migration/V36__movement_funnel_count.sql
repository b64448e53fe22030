-- The manifest stages of the funnel per movement (persons scheduled, boarded, arrived, withdrawn,
-- no-show), kept exact in the same transaction as every write to the manifests. The funnel sums these
-- few thousand rows instead of joining every person of a plan (1.7 million in the benchmark) on each
-- request. Triggers rather than application code keep it current, so that no write path — a hand-added
-- household, a bulk schedule, boarding, arrival, withdrawal, a move — can forget it.
CREATE TABLE movement_funnel_count (
    movement_id uuid   PRIMARY KEY REFERENCES movement (id),
    scheduled   bigint NOT NULL DEFAULT 0,
    boarded     bigint NOT NULL DEFAULT 0,
    arrived     bigint NOT NULL DEFAULT 0,
    withdrawn   bigint NOT NULL DEFAULT 0,
    no_show     bigint NOT NULL DEFAULT 0
);

-- Counts the given movements again from their manifest rows. The movements' rows are locked in a fixed
-- order first: a transaction that wrote to the same manifest commits before this one counts, so the
-- last to commit always counts what every committed writer left.
CREATE FUNCTION movement_funnel_recount(movements uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO movement_funnel_count (movement_id)
    SELECT DISTINCT id FROM unnest(movements) AS id WHERE id IS NOT NULL ORDER BY id
    ON CONFLICT (movement_id) DO NOTHING;
    PERFORM 1 FROM movement_funnel_count WHERE movement_id = ANY (movements) ORDER BY movement_id FOR UPDATE;
    UPDATE movement_funnel_count c
    SET scheduled = coalesce(x.scheduled, 0), boarded = coalesce(x.boarded, 0), arrived = coalesce(x.arrived, 0),
        withdrawn = coalesce(x.withdrawn, 0), no_show = coalesce(x.no_show, 0)
    FROM (SELECT id FROM unnest(movements) AS id GROUP BY id) AS wanted
    LEFT JOIN (
        SELECT p.movement_id,
               count(*) FILTER (WHERE p.travels AND (h.removal_reason IS NULL OR h.removal_reason = 'NO_SHOW')) AS scheduled,
               count(*) FILTER (WHERE p.boarding = 'BOARDED') AS boarded,
               count(*) FILTER (WHERE p.arrival = 'ARRIVED') AS arrived,
               count(*) FILTER (WHERE p.travels AND h.removal_reason = 'WITHDRAWN') AS withdrawn,
               count(*) FILTER (WHERE p.travels AND (p.boarding = 'NO_SHOW' OR h.removal_reason = 'NO_SHOW')) AS no_show
        FROM manifest_person p
        JOIN manifest_household h ON h.movement_id = p.movement_id AND h.household_id = p.household_id
        WHERE p.movement_id = ANY (movements)
        GROUP BY p.movement_id) AS x ON x.movement_id = wanted.id
    WHERE c.movement_id = wanted.id;
END $$;

CREATE FUNCTION movement_funnel_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM movement_funnel_recount(ARRAY(SELECT DISTINCT movement_id FROM new_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION movement_funnel_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM movement_funnel_recount(ARRAY(SELECT movement_id FROM old_rows UNION SELECT movement_id FROM new_rows));
    RETURN NULL;
END $$;

CREATE FUNCTION movement_funnel_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM movement_funnel_recount(ARRAY(SELECT DISTINCT movement_id FROM old_rows));
    RETURN NULL;
END $$;

CREATE TRIGGER manifest_person_funnel_insert AFTER INSERT ON manifest_person
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION movement_funnel_after_insert();
CREATE TRIGGER manifest_person_funnel_update AFTER UPDATE ON manifest_person
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION movement_funnel_after_update();
CREATE TRIGGER manifest_person_funnel_delete AFTER DELETE ON manifest_person
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION movement_funnel_after_delete();
-- A household's removal reason decides which stage its persons count in.
CREATE TRIGGER manifest_household_funnel_update AFTER UPDATE ON manifest_household
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION movement_funnel_after_update();

SELECT movement_funnel_recount(ARRAY(SELECT DISTINCT movement_id FROM manifest_person));
