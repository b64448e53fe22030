-- Linkage's change feed. Statistics hung triggers on person_link (V6) that read the registry's and
-- linkage's tables to mark the days of linked people. Linkage now keeps its own feed: when records
-- are joined to or parted from a person, the days of every record of the people concerned, found
-- through the registry's contract (its views and its journey stage and day functions, V53).

CREATE TABLE linkage_change (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stage  text NOT NULL,
    day    date NOT NULL
);

CREATE VIEW linkage_change_v AS
SELECT id, stage, day FROM linkage_change;
CREATE TRIGGER linkage_change_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON linkage_change_v
    FOR EACH ROW EXECUTE FUNCTION linkage_refuse_view_write();

-- Takes the feed's rows: answers them and removes them in the caller's transaction. Rows of
-- transactions not yet committed stay for the next reader.
CREATE FUNCTION linkage_take_changes() RETURNS TABLE (stage text, day date)
    LANGUAGE sql AS $$
    DELETE FROM linkage_change c RETURNING c.stage, c.day
$$;

-- The days of the given records and of every record of the given people, one row a day.
CREATE FUNCTION linkage_record_people(individual_ids uuid[], person_ids uuid[]) RETURNS void
    LANGUAGE sql AS $$
    INSERT INTO linkage_change (stage, day)
    SELECT DISTINCT registry_journey_stage(h.journey_status), registry_journey_day(h.journey_status, h.returned_on, h.registered_at)
    FROM (SELECT unnest(individual_ids) AS id
          UNION SELECT l.individual_id FROM person_link l WHERE l.person_id = ANY(person_ids)) AS touched
    JOIN registry_individual_v i ON i.id = touched.id
    JOIN registry_household_v h ON h.id = i.household_id
    WHERE registry_journey_stage(h.journey_status) IS NOT NULL
$$;

-- The statistics triggers on person_link, and the functions they ran, give way to linkage's own.
DROP TRIGGER statistics_people_added ON person_link;
DROP TRIGGER statistics_people_changed ON person_link;
DROP TRIGGER statistics_people_removed ON person_link;
DROP FUNCTION statistics_people_added();
DROP FUNCTION statistics_people_changed();
DROP FUNCTION statistics_people_removed();
DROP FUNCTION statistics_mark_people(uuid[], uuid[]);
-- Their last users are gone (V53 dropped statistics' index on household); statistics reads the
-- registry's journey stage and day instead.
DROP FUNCTION statistics_stage(text);
DROP FUNCTION statistics_day(text, date, timestamptz);

CREATE FUNCTION linkage_people_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM linkage_record_people(ARRAY(SELECT individual_id FROM added), ARRAY(SELECT DISTINCT person_id FROM added));
    RETURN NULL;
END $$;
CREATE TRIGGER linkage_people_added AFTER INSERT ON person_link
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION linkage_people_added();

CREATE FUNCTION linkage_people_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM linkage_record_people(
        ARRAY(SELECT individual_id FROM before_change UNION SELECT individual_id FROM after_change),
        ARRAY(SELECT person_id FROM before_change UNION SELECT person_id FROM after_change));
    RETURN NULL;
END $$;
CREATE TRIGGER linkage_people_changed AFTER UPDATE ON person_link
    REFERENCING OLD TABLE AS before_change NEW TABLE AS after_change
    FOR EACH STATEMENT EXECUTE FUNCTION linkage_people_changed();

CREATE FUNCTION linkage_people_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM linkage_record_people(ARRAY(SELECT individual_id FROM removed), ARRAY(SELECT DISTINCT person_id FROM removed));
    RETURN NULL;
END $$;
CREATE TRIGGER linkage_people_removed AFTER DELETE ON person_link
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION linkage_people_removed();

-- V6 added these two columns to linkage's table for statistics, which never read them: they are
-- linkage's, for when and by whom a link was made where the writer knows it.
COMMENT ON COLUMN person_link.linked_at IS 'Owned by linkage: when the link was made, where the writer knows it.';
COMMENT ON COLUMN person_link.linked_by IS 'Owned by linkage: who made the link, where the writer knows it.';
