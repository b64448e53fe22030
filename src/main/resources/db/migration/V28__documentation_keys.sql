-- Evidence files, referrals and proposal-made cases named cases, steps and proposals by id only,
-- because their tables came from two migrations. Both exist now: the database keeps these ids true.
-- First a check that the rows already written fit, naming what does not, so that an upgrade stops
-- with a reason a person can act on rather than a bare constraint violation.
DO $$
DECLARE
    orphans text := '';
    found bigint;
BEGIN
    SELECT count(*) INTO found FROM evidence_file e
        WHERE e.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documentation_case c WHERE c.id = e.case_id);
    IF found > 0 THEN orphans := orphans || format(' evidence_file.case_id: %s row(s) name no case;', found); END IF;
    SELECT count(*) INTO found FROM evidence_file e
        WHERE e.step_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documentation_step s
                                                    WHERE s.id = e.step_id AND s.case_id = e.case_id);
    IF found > 0 THEN orphans := orphans || format(' evidence_file.step_id: %s row(s) name no step of their case;', found); END IF;
    SELECT count(*) INTO found FROM referral r
        WHERE r.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documentation_case c WHERE c.id = r.case_id);
    IF found > 0 THEN orphans := orphans || format(' referral.case_id: %s row(s) name no case;', found); END IF;
    SELECT count(*) INTO found FROM referral_event r
        WHERE r.case_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documentation_case c WHERE c.id = r.case_id);
    IF found > 0 THEN orphans := orphans || format(' referral_event.case_id: %s row(s) name no case;', found); END IF;
    SELECT count(*) INTO found FROM documentation_case c
        WHERE c.proposal_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM documentation_proposal p WHERE p.id = c.proposal_id);
    IF found > 0 THEN orphans := orphans || format(' documentation_case.proposal_id: %s row(s) name no proposal;', found); END IF;
    IF orphans <> '' THEN
        RAISE EXCEPTION 'Civil-documentation rows name cases, steps or proposals that do not exist:%', orphans
            USING HINT = 'Correct or clear these ids (they were accepted before the keys existed), then start again.';
    END IF;
END;
$$;

-- A step belongs to one case: evidence naming a step must name that step's case too.
ALTER TABLE documentation_step ADD CONSTRAINT documentation_step_of_case UNIQUE (id, case_id);
ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_case FOREIGN KEY (case_id) REFERENCES documentation_case (id);
ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_step FOREIGN KEY (step_id, case_id)
    REFERENCES documentation_step (id, case_id);
ALTER TABLE evidence_file ADD CONSTRAINT evidence_file_step_needs_case CHECK (step_id IS NULL OR case_id IS NOT NULL);
ALTER TABLE referral ADD CONSTRAINT referral_case FOREIGN KEY (case_id) REFERENCES documentation_case (id);
ALTER TABLE referral_event ADD CONSTRAINT referral_event_case FOREIGN KEY (case_id) REFERENCES documentation_case (id);
ALTER TABLE documentation_case ADD CONSTRAINT documentation_case_proposal FOREIGN KEY (proposal_id)
    REFERENCES documentation_proposal (id);
CREATE INDEX evidence_file_step ON evidence_file (step_id) WHERE step_id IS NOT NULL;
