-- The registry's contract: read-only views through which other features read households, members
-- and the registry's change counter without naming the registry's tables. docs/architecture.md
-- documents each column; a column leaves a view only with a migration that says why. The views are
-- plain projections, so PostgreSQL folds them into the queries that use them and their plans do not
-- change. Writes through them are refused: they are for reading, and the registry's services write.

CREATE VIEW registry_household_v AS
SELECT id, reference, registration_site, return_type, origin_country, crossing_point, destination_pcode,
       planned_date, returned_on, journey_status, registered_at, consent_purposes, consent_recorded_at
FROM household;

CREATE VIEW registry_individual_v AS
SELECT id, household_id, position, principal,
       given_name_ar, given_name_latin, father_name_ar, father_name_latin,
       grandfather_name_ar, grandfather_name_latin, family_name_ar, family_name_latin,
       sex, birth_date, birth_date_precision, phone, document_number, place_of_origin, specific_needs,
       search_text, name_keys, erased_at
FROM individual;

-- The registry's change counter: one row per history event, newest last.
CREATE VIEW registry_household_change_v AS
SELECT id, household_id FROM household_event;

CREATE FUNCTION registry_refuse_view_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the registry''s views are read-only; write through the registry''s services'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER registry_household_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON registry_household_v
    FOR EACH ROW EXECUTE FUNCTION registry_refuse_view_write();
CREATE TRIGGER registry_individual_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON registry_individual_v
    FOR EACH ROW EXECUTE FUNCTION registry_refuse_view_write();
CREATE TRIGGER registry_household_change_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE
    ON registry_household_change_v FOR EACH ROW EXECUTE FUNCTION registry_refuse_view_write();

-- The cross-script name keys (V4 added them for duplicate detection) are the registry's: its write
-- paths keep them (V19 recomputed them by chain part) and its name search reads them.
COMMENT ON COLUMN individual.name_keys IS
    'Owned by the registry: cross-script name keys, kept by its write paths; read by others through registry_individual_v.';
COMMENT ON INDEX individual_name_keys IS 'Owned by the registry: name search and duplicate blocking.';

-- The index V5 hung on the registry's table for reception's forecast becomes the registry's own,
-- under the same definition: planned journeys by date.
DROP INDEX IF EXISTS reception_household_planned_arrivals;
CREATE INDEX household_planned_journeys ON household (planned_date)
    WHERE journey_status IN ('INTENDING', 'REGISTERED', 'IN_TRANSIT');

-- The return date is the registry's column, so the registry keeps it (V6 had statistics do it):
-- a journey that reaches RETURNED_HOME without a return date gets the day it happened, in Syrian
-- time, so that it is counted on that day and not moved by later edits.
DROP TRIGGER household_return_date ON household;
DROP FUNCTION household_return_date();
CREATE FUNCTION registry_return_date() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.journey_status = 'RETURNED_HOME' AND OLD.journey_status <> 'RETURNED_HOME' AND NEW.returned_on IS NULL THEN
        NEW.returned_on := (NEW.updated_at AT TIME ZONE 'Asia/Damascus')::date;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER registry_return_date BEFORE UPDATE OF journey_status ON household
    FOR EACH ROW EXECUTE FUNCTION registry_return_date();
