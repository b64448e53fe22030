-- What each household's data may be used for, and the consent behind it.
ALTER TABLE household
    ADD COLUMN consent_purposes   text[] NOT NULL DEFAULT '{REGISTRATION}',
    ADD COLUMN consent_partners   text[] NOT NULL DEFAULT '{}',
    ADD COLUMN consent_given_by   text,
    ADD COLUMN consent_method     text CHECK (consent_method IN ('VERBAL','WRITTEN','DIGITAL')),
    ADD COLUMN consent_recorded_at timestamptz;

-- Requests of people about their own data: what is held, a correction, a deletion.
CREATE TABLE data_subject_request (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id   uuid NOT NULL REFERENCES household(id),
    individual_id  uuid NOT NULL REFERENCES individual(id),
    kind           text NOT NULL CHECK (kind IN ('ACCESS','CORRECTION','DELETION')),
    details        text,
    status         text NOT NULL CHECK (status IN ('OPEN','DONE','REFUSED')),
    requested_at   timestamptz NOT NULL,
    recorded_by    text NOT NULL,
    completed_at   timestamptz,
    completed_by   text,
    outcome        text
);
CREATE INDEX data_subject_request_household ON data_subject_request (household_id);

-- An individual whose personal fields were erased at their request keeps only what counts need.
ALTER TABLE individual ADD COLUMN erased_at timestamptz;
ALTER TABLE individual DROP CONSTRAINT has_a_name;
ALTER TABLE individual ADD CONSTRAINT has_a_name
    CHECK (erased_at IS NOT NULL OR coalesce(given_name_ar, given_name_latin) IS NOT NULL);
