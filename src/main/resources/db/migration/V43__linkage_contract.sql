-- Linkage's contract: which records duplicate detection resolved to one person, read-only, so that
-- statistics counts deduplicated persons without naming linkage's tables. A record without a row is
-- a person of its own.
CREATE VIEW linkage_person_link_v AS
SELECT individual_id, person_id FROM person_link;

CREATE FUNCTION linkage_refuse_view_write() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'linkage''s views are read-only; write through linkage''s services'
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER linkage_person_link_v_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON linkage_person_link_v
    FOR EACH ROW EXECUTE FUNCTION linkage_refuse_view_write();
