-- Duplicate detection.

-- Cross-script search keys of each individual's names (consonant skeletons shared by Arabic and
-- Latin spellings); V4_1 fills them for rows registered before this migration.
ALTER TABLE individual ADD COLUMN name_keys text[] NOT NULL DEFAULT '{}';
CREATE INDEX individual_name_keys ON individual USING gin (name_keys);

-- Pairs of individuals the batch run found likely to be one person, and the reviewer's decision.
-- The pair is stored in order (first_id < second_id), so a pair judged once is never proposed again.
CREATE TABLE duplicate_candidate (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_id     uuid NOT NULL REFERENCES individual(id),
    second_id    uuid NOT NULL REFERENCES individual(id),
    weight       double precision NOT NULL,
    explanation  jsonb NOT NULL,
    status       text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','SAME','DIFFERENT')),
    found_at     timestamptz NOT NULL,
    decided_by   text,
    decided_at   timestamptz,
    CONSTRAINT ordered_pair CHECK (first_id < second_id),
    CONSTRAINT one_candidate_per_pair UNIQUE (first_id, second_id)
);
CREATE INDEX duplicate_candidate_open ON duplicate_candidate (weight DESC) WHERE status = 'OPEN';

-- Records judged to be one person share a person_id; both records and their history stay.
CREATE TABLE person_link (
    individual_id uuid PRIMARY KEY REFERENCES individual(id),
    person_id     uuid NOT NULL
);
CREATE INDEX person_link_person ON person_link (person_id);

-- Batch runs over the registry, with their progress.
CREATE TABLE duplicate_run (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at    timestamptz NOT NULL,
    started_by    text NOT NULL,
    finished_at   timestamptz,
    stage         text NOT NULL,
    done          bigint NOT NULL DEFAULT 0,
    total         bigint NOT NULL DEFAULT 0,
    pairs_written bigint NOT NULL DEFAULT 0,
    model         text
);
