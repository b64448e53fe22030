-- Whether a person on a manifest needs an accessible seat, taken from the registry's specific
-- needs when the household is added, so that seats are assigned and checked over a whole movement
-- in one statement rather than by asking the registry about every household again.
ALTER TABLE manifest_person ADD COLUMN needs_accessible_seat boolean NOT NULL DEFAULT false;

-- Those taken off a movement are counted on the plan's funnel by reason.
CREATE INDEX manifest_household_removed ON manifest_household (movement_id, removal_reason) WHERE NOT open;
