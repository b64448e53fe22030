-- The editable fields of a household as they were at each version a change replaced, so that an
-- edit made offline from an older version can be merged field by field against what it started from.
CREATE TABLE household_version (
    household_id uuid   NOT NULL REFERENCES household(id),
    version      bigint NOT NULL,
    fields       jsonb  NOT NULL,
    PRIMARY KEY (household_id, version)
);

-- Each offline edit received, by the id its device gave it, with the answer it was given: a resend
-- gets the same answer and changes nothing.
CREATE TABLE household_offline_edit (
    client_id     uuid PRIMARY KEY,
    household_id  uuid NOT NULL REFERENCES household(id),
    device_id     text NOT NULL,
    submitted_by  text NOT NULL,
    received_at   timestamptz NOT NULL,
    base_version  bigint NOT NULL,
    outcome       jsonb NOT NULL
);
CREATE INDEX household_offline_edit_household ON household_offline_edit (household_id);

-- A field changed both offline and by someone else since the edit's base: kept until a supervisor decides.
CREATE TABLE household_edit_conflict (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id   uuid NOT NULL REFERENCES household(id),
    client_id      uuid NOT NULL REFERENCES household_offline_edit(client_id),
    individual_id  uuid,
    field          text NOT NULL,
    base_known     boolean NOT NULL,
    base_value     text,
    their_value    text,
    your_value     text,
    device_id      text NOT NULL,
    submitted_by   text NOT NULL,
    submitted_at   timestamptz NOT NULL,
    resolved_at    timestamptz,
    resolved_by    text,
    resolution     text CHECK (resolution IN ('THEIRS', 'YOURS', 'CORRECTED')),
    resolved_value text,
    CHECK ((resolved_at IS NULL) = (resolution IS NULL))
);
CREATE INDEX household_edit_conflict_open ON household_edit_conflict (household_id) WHERE resolved_at IS NULL;
