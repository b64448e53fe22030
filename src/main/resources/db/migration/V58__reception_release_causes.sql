-- Bookings Homeward releases itself (the household checked in elsewhere, its journey ended, it was taken
-- off a movement) keep why as a code and what it names, shown in each reader's language; end_note keeps
-- only what a person wrote. Older versions wrote those reasons as English sentences into end_note:
-- they become codes here. The stay history's own rows are append-only and keep their words.
ALTER TABLE reception_stay ADD COLUMN end_cause text
    CONSTRAINT reception_stay_end_cause_known
    CHECK (end_cause IN ('CHECKED_IN_ELSEWHERE', 'JOURNEY_ENDED', 'TAKEN_OFF_MOVEMENT'));
ALTER TABLE reception_stay ADD COLUMN end_cause_detail text;
ALTER TABLE reception_stay ADD CONSTRAINT reception_stay_end_cause_detail_with_cause
    CHECK (end_cause_detail IS NULL OR end_cause IS NOT NULL);

UPDATE reception_stay
SET end_cause = 'CHECKED_IN_ELSEWHERE',
    end_cause_detail = substring(end_note FROM '^Checked in at reception centre (.+) instead$'),
    end_note = NULL
WHERE end_outcome = 'NOT_ARRIVED' AND end_note ~ '^Checked in at reception centre .+ instead$';

UPDATE reception_stay
SET end_cause = 'JOURNEY_ENDED',
    end_cause_detail = substring(end_note FROM '^Journey moved to ([A-Z_]+)'),
    end_note = nullif(substring(end_note FROM '^Journey moved to [A-Z_]+: (.*)$'), '')
WHERE end_outcome = 'NOT_ARRIVED' AND end_note ~ '^Journey moved to [A-Z_]+(: .*)?$';

UPDATE reception_stay
SET end_cause = 'TAKEN_OFF_MOVEMENT',
    end_cause_detail = substring(end_note FROM '^Taken off movement (.+)$'),
    end_note = NULL
WHERE end_outcome = 'NOT_ARRIVED' AND end_note ~ '^Taken off movement .+$';
