-- Statistics count a household unless the consent recorded for it leaves statistics out: a
-- household whose consent was never asked is counted (only in aggregates, protected against small
-- cells); one whose recorded purposes do not include STATISTICS is not.
CREATE FUNCTION statistics_consented(purposes text[], recorded_at timestamptz) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT recorded_at IS NULL OR 'STATISTICS' = ANY(purposes) $$;

-- When a household's consent starts or stops covering statistics, its days (and those of the
-- people linked to its members) are recounted.
CREATE FUNCTION statistics_consent_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM statistics_mark_households(ARRAY(
        SELECT a.id FROM consent_before b JOIN consent_after a ON a.id = b.id
        WHERE statistics_consented(b.consent_purposes, b.consent_recorded_at)
              IS DISTINCT FROM statistics_consented(a.consent_purposes, a.consent_recorded_at)));
    RETURN NULL;
END $$;
CREATE TRIGGER statistics_consent_changed AFTER UPDATE ON household
    REFERENCING OLD TABLE AS consent_before NEW TABLE AS consent_after
    FOR EACH STATEMENT EXECUTE FUNCTION statistics_consent_changed();
