-- Voluntariness: one record per adult (and per unaccompanied or separated child) that they decided
-- freely and knowingly to return, its withdrawal, its re-confirmation on departure day, and the
-- signals of coercion raised for the protection review queue. Households and individuals are the
-- registry's, named by id only.

CREATE TABLE voluntariness_record (
    id                 uuid PRIMARY KEY,
    household_id       uuid        NOT NULL,
    individual_id      uuid        NOT NULL,
    -- why this person has their own record: an adult, or a child without their usual caregivers
    basis              text        NOT NULL CHECK (basis IN ('ADULT', 'UNACCOMPANIED_CHILD', 'SEPARATED_CHILD')),
    decision           text        NOT NULL CHECK (decision = 'VOLUNTARY_RETURN'),
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL,
    -- places of detention or custody are refused before they get here, and never stored
    place_type         text        NOT NULL CHECK (place_type IN ('FIELD_OFFICE', 'REGISTRATION_CENTRE', 'COMMUNITY',
                                                                  'HOME_VISIT', 'BORDER_CROSSING')),
    place_name         text        NOT NULL CHECK (length(place_name) BETWEEN 1 AND 200),
    interview_language text        NOT NULL CHECK (interview_language ~ '^[a-z]{2,3}$'),
    read_aloud_by      text        NOT NULL CHECK (length(read_aloud_by) BETWEEN 1 AND 200),
    interpreter        text CHECK (length(interpreter) BETWEEN 1 AND 200),
    witness            text CHECK (length(witness) BETWEEN 1 AND 200),
    understood         boolean     NOT NULL CHECK (understood),
    -- the person signed for themselves: nobody, not even the head of family, signs for another
    signed_by_person   boolean     NOT NULL DEFAULT true CHECK (signed_by_person),
    destination_pcode  text,
    -- what the person was shown about their destination, word for word, in the language shown
    briefing_status    text        NOT NULL,
    briefing_language  text        NOT NULL,
    briefing_text      text        NOT NULL,
    best_interests_by        text,
    best_interests_on        date,
    best_interests_outcome   text CHECK (best_interests_outcome IN ('RETURN_IN_BEST_INTERESTS',
                                                                    'RETURN_NOT_IN_BEST_INTERESTS', 'DEFERRED')),
    best_interests_reference text,
    withdrawn_at       timestamptz,
    withdrawn_by       text,
    -- protection data: never exported, shown only to coordinators and administrators
    withdrawal_reason  text CHECK (length(withdrawal_reason) <= 1000),
    CHECK ((basis = 'ADULT') = (best_interests_outcome IS NULL)),
    CHECK ((best_interests_outcome IS NULL) = (best_interests_by IS NULL)
        AND (best_interests_outcome IS NULL) = (best_interests_on IS NULL)
        AND (best_interests_outcome IS NULL) = (best_interests_reference IS NULL)),
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
    CHECK (withdrawn_at IS NOT NULL OR withdrawal_reason IS NULL)
);
-- A person has at most one current (not withdrawn) record; signing again after a withdrawal is a new record.
CREATE UNIQUE INDEX voluntariness_record_current_once ON voluntariness_record (individual_id) WHERE withdrawn_at IS NULL;
CREATE INDEX voluntariness_record_by_household ON voluntariness_record (household_id, recorded_at);
CREATE INDEX voluntariness_record_by_officer ON voluntariness_record (recorded_by, recorded_at);
CREATE INDEX voluntariness_record_by_witness ON voluntariness_record (lower(witness), recorded_at) WHERE witness IS NOT NULL;

-- A record is history: it may only be withdrawn, once, and is never deleted.
CREATE FUNCTION voluntariness_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.withdrawn_at IS NULL AND NEW.withdrawn_at IS NOT NULL
            AND (to_jsonb(OLD) - ARRAY['withdrawn_at', 'withdrawn_by', 'withdrawal_reason'])
              = (to_jsonb(NEW) - ARRAY['withdrawn_at', 'withdrawn_by', 'withdrawal_reason']) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a voluntariness record may only be withdrawn, once' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER voluntariness_record_only_withdrawn BEFORE UPDATE OR DELETE ON voluntariness_record
    FOR EACH ROW EXECUTE FUNCTION voluntariness_refuse_change();

-- On the movement's departure day, a different officer than the one who recorded the form asks the
-- person again and records that they still want to go.
CREATE TABLE voluntariness_reconfirmation (
    id              bigserial PRIMARY KEY,
    record_id       uuid        NOT NULL REFERENCES voluntariness_record (id),
    movement_id     uuid        NOT NULL REFERENCES movement (id),
    individual_id   uuid        NOT NULL,
    -- the day in Syria on which it was asked
    reconfirmed_on  date        NOT NULL,
    reconfirmed_at  timestamptz NOT NULL,
    reconfirmed_by  text        NOT NULL,
    UNIQUE (record_id, movement_id, reconfirmed_on)
);
CREATE INDEX voluntariness_reconfirmation_by_movement ON voluntariness_reconfirmation (movement_id, individual_id);
CREATE TRIGGER voluntariness_reconfirmation_append_only BEFORE UPDATE OR DELETE ON voluntariness_reconfirmation
    FOR EACH ROW EXECUTE FUNCTION movements_refuse_history_change();

-- A pattern in the records that may mean someone was pressed to sign. It never blocks anything: it
-- waits in the protection review queue until a coordinator records what they found.
CREATE TABLE coercion_signal (
    id             bigserial PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('OFFICER_BURST', 'HOUSEHOLD_IN_SECONDS', 'WITNESS_EVERYWHERE',
                                                        'WITHDRAW_AND_RESIGN')),
    -- whom the pattern is about: the officer, the household or the witness
    subject        text        NOT NULL,
    record_ids     uuid[]      NOT NULL,
    household_ids  uuid[]      NOT NULL,
    raised_at      timestamptz NOT NULL,
    review_outcome text CHECK (review_outcome IN ('NO_CONCERN', 'REFERRED_TO_PROTECTION', 'RECORDS_REDONE')),
    review_note    text CHECK (length(review_note) <= 2000),
    reviewed_by    text,
    reviewed_at    timestamptz,
    CHECK ((review_outcome IS NULL) = (reviewed_at IS NULL) AND (reviewed_at IS NULL) = (reviewed_by IS NULL))
);
CREATE INDEX coercion_signal_waiting ON coercion_signal (raised_at) WHERE reviewed_at IS NULL;
CREATE INDEX coercion_signal_by_subject ON coercion_signal (kind, subject, raised_at);
