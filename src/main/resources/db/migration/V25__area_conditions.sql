-- Conditions of destination areas: one row per value a source reported for an indicator in a
-- sub-district (or one of its communities) on a day. Rows are only ever added: the history of an
-- area is the rows themselves, and two sources that disagree stay two rows.

CREATE TABLE area_assessment (
    id                  uuid PRIMARY KEY,
    subdistrict_pcode   text          NOT NULL CHECK (subdistrict_pcode ~ '^SY[0-9]{6}$'),
    community_pcode     text CHECK (community_pcode ~ '^[A-Z]{1,3}[0-9]{1,10}$'),
    indicator           text          NOT NULL CHECK (indicator ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    -- red lines: 1 present, 0 absent; index indicators: 0 (condition not met) to 100 (fully met)
    value               numeric(5, 1) NOT NULL CHECK (value BETWEEN 0 AND 100),
    source_organisation text          NOT NULL CHECK (length(source_organisation) BETWEEN 1 AND 120),
    assessed_on         date          NOT NULL,
    method              text          NOT NULL CHECK (method IN ('KEY_INFORMANTS', 'HOUSEHOLD_SURVEY', 'REMOTE')),
    confidence          text          NOT NULL CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    imported_by         text          NOT NULL,
    imported_at         timestamptz   NOT NULL,
    -- the same source reports one value per indicator, place and day: importing a file again adds nothing
    CONSTRAINT area_assessment_once UNIQUE NULLS NOT DISTINCT
        (subdistrict_pcode, community_pcode, indicator, source_organisation, assessed_on)
);

CREATE INDEX area_assessment_by_area ON area_assessment (subdistrict_pcode, assessed_on DESC);

CREATE FUNCTION area_assessment_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'area assessments are history: they are added, never changed or removed';
END;
$$;

CREATE TRIGGER area_assessment_append_only BEFORE UPDATE OR DELETE ON area_assessment
    FOR EACH ROW EXECUTE FUNCTION area_assessment_refuse_change();
