-- Reception's contract: the households with an open stay (checked in or booked), read-only, so that
-- allocation and others can leave them out without naming reception's tables.
CREATE VIEW reception_open_stay_v AS
SELECT household_id, centre_code, arrived_at IS NOT NULL AS arrived
FROM reception_stay WHERE ended_at IS NULL;

CREATE FUNCTION reception_refuse_view_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'reception''s views are read-only; write through reception''s services'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER reception_open_stay_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON reception_open_stay_v
    FOR EACH ROW EXECUTE FUNCTION reception_refuse_view_write();
