-- Civil documentation, issue #16: encrypted evidence files, the property locker of each household,
-- and referrals to partner organisations. Cases and steps are named by id only (case_id, step_id):
-- their tables come from another migration, and the foreign keys are added once both exist.

-- A property document kept in a household's locker; each upload of it is a new version (an evidence_file).
CREATE TABLE property_locker_document (
    id           uuid PRIMARY KEY,
    household_id uuid NOT NULL,
    name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    -- The name folded for matching, so that "Title deed" and "title deed " are one document.
    name_key     text NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text NOT NULL,
    UNIQUE (household_id, name_key)
);

-- A scanned document, encrypted with an AEAD key kept outside the database; the plaintext is never stored.
CREATE TABLE evidence_file (
    id                 uuid PRIMARY KEY,
    household_id       uuid NOT NULL,
    case_id            uuid,
    step_id            uuid,
    locker_document_id uuid REFERENCES property_locker_document (id),
    locker_version     integer CHECK (locker_version > 0),
    title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    media_type         text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes         integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256             text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    -- The id of the keyset key that encrypted the ciphertext, so that rotation finds what is still under an old key.
    key_id             bigint NOT NULL,
    ciphertext         bytea NOT NULL,
    added_at           timestamptz NOT NULL,
    added_by           text NOT NULL,
    reencrypted_at     timestamptz,
    UNIQUE (locker_document_id, locker_version),
    CHECK ((locker_document_id IS NULL) = (locker_version IS NULL))
);
-- Ciphertext does not compress: do not make PostgreSQL try.
ALTER TABLE evidence_file ALTER COLUMN ciphertext SET STORAGE EXTERNAL;
CREATE INDEX evidence_file_household ON evidence_file (household_id, added_at);
CREATE INDEX evidence_file_case ON evidence_file (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX evidence_file_key ON evidence_file (key_id);

-- Evidence is never deleted, and only re-encryption may change a row (its ciphertext and key).
CREATE FUNCTION evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'evidence_file'
            AND (NEW.id, NEW.household_id, NEW.case_id, NEW.step_id, NEW.locker_document_id, NEW.locker_version,
                 NEW.title, NEW.media_type, NEW.size_bytes, NEW.sha256, NEW.added_at, NEW.added_by)
            IS NOT DISTINCT FROM
                (OLD.id, OLD.household_id, OLD.case_id, OLD.step_id, OLD.locker_document_id, OLD.locker_version,
                 OLD.title, OLD.media_type, OLD.size_bytes, OLD.sha256, OLD.added_at, OLD.added_by) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'evidence and referral history is kept: % refused on %', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER evidence_file_kept BEFORE UPDATE OR DELETE ON evidence_file
    FOR EACH ROW EXECUTE FUNCTION evidence_refuse_change();
CREATE TRIGGER property_locker_document_kept BEFORE UPDATE OR DELETE ON property_locker_document
    FOR EACH ROW EXECUTE FUNCTION evidence_refuse_change();

-- A referral of a household to a partner organisation, made only under the household's recorded consent.
CREATE TABLE referral (
    id           uuid PRIMARY KEY,
    household_id uuid NOT NULL,
    case_id      uuid,
    partner      text NOT NULL CHECK (length(partner) BETWEEN 1 AND 100),
    service      text NOT NULL,
    note         text CHECK (length(note) <= 1000),
    -- SENT until the partner answers, then the partner's latest outcome.
    status       text NOT NULL,
    referred_at  timestamptz NOT NULL,
    referred_by  text NOT NULL,
    -- What the consent said when the referral was made: the purposes and partners it covered.
    consent      jsonb NOT NULL
);
CREATE INDEX referral_household ON referral (household_id, referred_at);
CREATE INDEX referral_case ON referral (case_id) WHERE case_id IS NOT NULL;

-- Each thing that happened to a referral: made, and each outcome the partner reported back.
CREATE TABLE referral_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    referral_id uuid NOT NULL REFERENCES referral (id),
    case_id     uuid,
    kind        text NOT NULL CHECK (kind IN ('REFERRED', 'OUTCOME')),
    outcome     text,
    note        text CHECK (length(note) <= 1000),
    occurred_at timestamptz NOT NULL,
    actor       text NOT NULL
);
CREATE INDEX referral_event_referral ON referral_event (referral_id, id);
CREATE TRIGGER referral_event_kept BEFORE UPDATE OR DELETE ON referral_event
    FOR EACH ROW EXECUTE FUNCTION evidence_refuse_change();
