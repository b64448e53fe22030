-- Review of duplicate pairs: the reviewer's note, and what each merge changed in person_link so that
-- an unmerge restores exactly the links as they were before it.
ALTER TABLE duplicate_candidate ADD COLUMN decision_note text;

CREATE TABLE person_merge (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    candidate_id  bigint NOT NULL REFERENCES duplicate_candidate(id),
    merged_at     timestamptz NOT NULL,
    merged_by     text NOT NULL,
    -- Each individual whose link the merge set, with its person_id before (null: it had no link).
    links_before  jsonb NOT NULL,
    undone_at     timestamptz,
    undone_by     text
);
CREATE UNIQUE INDEX person_merge_in_force ON person_merge (candidate_id) WHERE undone_at IS NULL;
