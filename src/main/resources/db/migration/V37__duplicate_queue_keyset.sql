-- The review queue is read a page at a time after the last pair shown (keyset paging), ordered by
-- weight and then id; with the id in the index a page starts where the last one ended instead of
-- sorting every tie again. Filters by reason are narrow and read through their own partial index.
CREATE INDEX duplicate_candidate_open_keyset ON duplicate_candidate (weight DESC, id) WHERE status = 'OPEN';
CREATE INDEX duplicate_candidate_open_reason ON duplicate_candidate (reason, weight DESC, id)
    WHERE status = 'OPEN' AND reason IS NOT NULL;
DROP INDEX duplicate_candidate_open;
