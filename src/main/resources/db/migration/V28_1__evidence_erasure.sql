-- A person's deletion request erases the evidence gathered about them: the ciphertext goes and the
-- title (which may name them) becomes "[erased]", while the row stays as the file's place in the
-- chain of custody, with its fingerprint, who erased it and when. Nothing else may change a row
-- but re-encryption of a file not erased; no row may be deleted; an erased file stays erased.
ALTER TABLE evidence_file ALTER COLUMN ciphertext DROP NOT NULL;
ALTER TABLE evidence_file ADD COLUMN erased_at timestamptz;
ALTER TABLE evidence_file ADD COLUMN erased_by text;
ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_erasure CHECK (
    (erased_at IS NULL) = (erased_by IS NULL) AND (erased_at IS NULL) = (ciphertext IS NOT NULL)
    AND (erased_at IS NULL OR title = '[erased]'));

CREATE OR REPLACE FUNCTION evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'evidence_file' AND OLD.erased_at IS NULL
            AND (NEW.id, NEW.household_id, NEW.case_id, NEW.step_id, NEW.locker_document_id, NEW.locker_version,
                 NEW.media_type, NEW.size_bytes, NEW.sha256, NEW.added_at, NEW.added_by)
            IS NOT DISTINCT FROM
                (OLD.id, OLD.household_id, OLD.case_id, OLD.step_id, OLD.locker_document_id, OLD.locker_version,
                 OLD.media_type, OLD.size_bytes, OLD.sha256, OLD.added_at, OLD.added_by) THEN
        -- Re-encryption: a new ciphertext and key, nothing else.
        IF NEW.erased_at IS NULL AND NEW.title IS NOT DISTINCT FROM OLD.title THEN
            RETURN NEW;
        END IF;
        -- Erasure: the ciphertext gone, the title replaced, who and when recorded, the key left as it was.
        IF NEW.erased_at IS NOT NULL AND NEW.ciphertext IS NULL AND NEW.key_id = OLD.key_id
                AND NEW.reencrypted_at IS NOT DISTINCT FROM OLD.reencrypted_at THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'evidence and referral history is kept: % refused on %', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE INDEX evidence_file_kept_under_key ON evidence_file (key_id) WHERE erased_at IS NULL;
