-- What the summary counted for each household, so that a change the registry names by household is
-- recounted for that household alone: what it counts now, minus what it counted before, is added to
-- the summary. Until now statistics recounted every household of the days concerned and took the
-- difference with the summary's day rows; a household registered on an old day and moved home cost
-- the recount of that whole day. See docs/statistics.md (How the counts stay fresh).

-- One row per household counted (a journey that stands at a stage, consent that allows statistics,
-- at least one member): where and when it was counted, and what it added there, per sex and age group
-- of its members (the same numbers added up give its total, country and crossing rows). No names, no
-- birth dates: the same facts the summary holds, kept per household until the household changes; a
-- household removed from the registry or withdrawn leaves it at the next refresh.
CREATE TABLE statistics_counted_household (
    household_id  uuid PRIMARY KEY,
    stage         text NOT NULL CHECK (stage IN ('RETURNED', 'PENDING')),
    day           date NOT NULL,
    area_code     text NOT NULL,
    return_type   text NOT NULL,
    country       text NOT NULL,
    crossing      text NOT NULL,
    categories    text[] NOT NULL,
    individuals   integer[] NOT NULL,
    persons       integer[] NOT NULL,
    households    integer[] NOT NULL,
    CHECK (cardinality(categories) > 0 AND cardinality(categories) = cardinality(individuals)
           AND cardinality(categories) = cardinality(persons) AND cardinality(categories) = cardinality(households))
);
-- Recounting whole days (linkage's changes, a rebuild) finds the households counted on them.
CREATE INDEX statistics_counted_household_day ON statistics_counted_household (stage, day);

-- Households the registry named since the last refresh, and the households of the people linked to
-- their members. Writers only append, as to statistics_stale_day.
CREATE TABLE statistics_stale_household (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id  uuid NOT NULL
);
CREATE INDEX statistics_stale_household_household ON statistics_stale_household (household_id);

-- A refresh changes the counts of existing summary rows in place; with room left on each page, PostgreSQL
-- writes the new version beside the old one without touching the primary key's index (a HOT update).
-- Pages written from now on keep a tenth free; the summary grows by about as much.
ALTER TABLE statistics_cell SET (fillfactor = 90);

-- The summary built so far has no counted households beside it: every day is recounted whole once, which
-- makes its day rows exact again and fills statistics_counted_household. The summary stays readable meanwhile.
INSERT INTO statistics_stale_day (stage, day)
SELECT registry_journey_stage(journey_status), registry_journey_day(journey_status, returned_on, registered_at)
FROM registry_household_v WHERE registry_journey_stage(journey_status) IS NOT NULL
UNION
SELECT stage, period_start FROM statistics_cell WHERE grain = 'D' AND area_level = 3;
