-- The likely-duplicates departure check asks the review queue for open pairs of the travellers
-- (linkage.PendingDuplicateService): a traveller may be either side of a pair. The unique
-- constraint's index serves lookups by first_id; lookups by second_id scanned the whole table.
CREATE INDEX duplicate_candidate_by_second ON duplicate_candidate (second_id);
