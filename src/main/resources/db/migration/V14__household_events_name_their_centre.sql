-- Journey moves made by a check-in or check-out at a reception centre now keep the centre in their
-- details, so that a user given other centres sees the move without where or why. Moves recorded
-- before named the centre only in their reason; the centre is taken from there.
UPDATE household_event
SET details = details || jsonb_build_object('centre',
        substring(reason FROM '^Checked (?:in at|out of) reception centre (\S+)'))
WHERE type = 'JOURNEY_MOVED'
  AND NOT details ? 'centre'
  AND reason ~ '^Checked (in at|out of) reception centre \S+';
