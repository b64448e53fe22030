-- Homeward foundation: users, households, individuals, journeys and their history.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE app_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash   text NOT NULL,
    role            text NOT NULL CHECK (role IN ('REGISTRATION_OFFICER','RECEPTION_MANAGER','COORDINATOR','ANALYST','ADMIN')),
    organisation    text,
    enabled         boolean NOT NULL DEFAULT true,
    failed_logins   integer NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL
);

CREATE TABLE household (
    id                 uuid PRIMARY KEY,
    reference          text NOT NULL UNIQUE,
    import_key         text UNIQUE,
    registration_site  text,
    return_type        text NOT NULL CHECK (return_type IN ('REFUGEE','IDP')),
    origin_country     char(3),
    origin_location    text,
    crossing_point     text,
    destination_pcode  text NOT NULL,
    planned_date       date,
    returned_on        date,
    journey_status     text NOT NULL CHECK (journey_status IN ('INTENDING','REGISTERED','IN_TRANSIT','AT_RECEPTION','RETURNED_HOME','WITHDRAWN')),
    version            integer NOT NULL DEFAULT 0,
    registered_at      timestamptz NOT NULL,
    registered_by      text NOT NULL,
    updated_at         timestamptz NOT NULL,
    CONSTRAINT journey_origin CHECK (
        (return_type = 'REFUGEE' AND origin_country IS NOT NULL) OR
        (return_type = 'IDP' AND origin_location IS NOT NULL))
);
CREATE INDEX household_destination ON household (destination_pcode);
CREATE INDEX household_registered_at ON household (registered_at);

CREATE TABLE individual (
    id                    uuid PRIMARY KEY,
    household_id          uuid NOT NULL REFERENCES household(id),
    import_key            text UNIQUE,
    position              integer NOT NULL,
    principal             boolean NOT NULL,
    relationship          text NOT NULL,
    given_name_ar         text, given_name_latin       text,
    father_name_ar        text, father_name_latin      text,
    grandfather_name_ar   text, grandfather_name_latin text,
    family_name_ar        text, family_name_latin      text,
    sex                   char(1) NOT NULL CHECK (sex IN ('F','M')),
    birth_date            date,
    birth_date_precision  text NOT NULL CHECK (birth_date_precision IN ('DAY','MONTH','YEAR','UNKNOWN')),
    phone                 text,
    document_type         text,
    document_number       text,
    place_of_origin       text,
    specific_needs        text[] NOT NULL DEFAULT '{}',
    search_text           text NOT NULL,
    UNIQUE (household_id, position),
    CONSTRAINT birth_date_matches_precision CHECK ((birth_date IS NULL) = (birth_date_precision = 'UNKNOWN')),
    CONSTRAINT has_a_name CHECK (coalesce(given_name_ar, given_name_latin) IS NOT NULL)
);
CREATE UNIQUE INDEX one_principal_per_household ON individual (household_id) WHERE principal;
CREATE INDEX individual_household ON individual (household_id);
CREATE INDEX individual_search_text ON individual USING gin (search_text gin_trgm_ops);
CREATE INDEX individual_phone ON individual (phone) WHERE phone IS NOT NULL;
CREATE INDEX individual_document ON individual (document_number) WHERE document_number IS NOT NULL;

-- History is data: every change to a household, who made it, when and why.
CREATE TABLE household_event (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id  uuid NOT NULL REFERENCES household(id),
    occurred_at   timestamptz NOT NULL,
    actor         text NOT NULL,
    type          text NOT NULL,
    reason        text,
    details       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX household_event_household ON household_event (household_id, id);

CREATE SEQUENCE household_reference_seq;
