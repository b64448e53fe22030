-- Members are found by household through the unique index on (household_id, position), whose first
-- column is the household: a second index on household_id alone only cost every insert a write.
DROP INDEX IF EXISTS individual_household;
