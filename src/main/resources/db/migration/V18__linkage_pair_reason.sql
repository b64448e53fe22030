-- Why a pair of records may be relatives rather than one person (siblings, twins, cousins), as
-- the linkage engine read it from the name chain (or namesakes of two branches); null when the names suggest no kinship. Shown
-- to the reviewer beside the pair.
ALTER TABLE duplicate_candidate ADD COLUMN reason text
    CHECK (reason IN ('POSSIBLE_SIBLINGS', 'POSSIBLE_TWINS', 'POSSIBLE_COUSINS', 'POSSIBLE_NAMESAKES'));
