-- Agreements to share manifests with an authority: who receives them, why, which fields of the
-- documented list they may receive, and for how long. An agreement is a record of what was allowed
-- when an export was made, so it is never changed or deleted; a new agreement replaces it. The
-- field list is checked here too, so that no code path can record a field that must never leave
-- (protection notes, coercion flags, withdrawal reasons are not in the list and cannot be).

CREATE TABLE sharing_agreement (
    id             uuid PRIMARY KEY,
    recipient      text        NOT NULL CHECK (length(recipient) BETWEEN 2 AND 200),
    recipient_kind text        NOT NULL CHECK (recipient_kind IN ('BORDER_AUTHORITY', 'DESTINATION_AUTHORITY',
                                                                  'HUMANITARIAN_PARTNER')),
    purpose        text        NOT NULL CHECK (length(purpose) BETWEEN 3 AND 1000),
    fields         text[]      NOT NULL CHECK (cardinality(fields) >= 1 AND fields <@ ARRAY['REFERENCE', 'NAME_ARABIC',
                                   'NAME_LATIN', 'SEX', 'BIRTH_YEAR', 'BIRTH_DATE', 'RELATIONSHIP', 'DOCUMENT_TYPE',
                                   'DOCUMENT_NUMBER', 'DESTINATION', 'VEHICLE']::text[]),
    valid_from     date        NOT NULL,
    valid_to       date        NOT NULL,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    CHECK (valid_to >= valid_from)
);
CREATE INDEX sharing_agreement_by_validity ON sharing_agreement (valid_to, valid_from);

CREATE TRIGGER sharing_agreement_unchanged BEFORE UPDATE OR DELETE ON sharing_agreement
    FOR EACH ROW EXECUTE FUNCTION movements_refuse_history_change();
