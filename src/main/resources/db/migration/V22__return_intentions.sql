-- Households' intentions to return, recorded on a form or imported from KoBo/ODK surveys, and the
-- saved column mappings those imports read files with. Households are the registry's, named here by
-- id only. An intention is never changed: a newer one supersedes it, so the history stays whole.

-- How the columns of a survey export feed the intention fields, and how its choice names or labels
-- read as Homeward's codes. Saved under a name and chosen at import.
CREATE TABLE intention_column_mapping (
    name     text        PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100),
    -- {"REFERENCE": ["household_reference", "Household reference", "#case+id"], ...}
    columns  jsonb       NOT NULL,
    -- {"INTENTION": {"within_3_months": "WITHIN_3_MONTHS", ...}, "CONDITIONS": {...}, "GO_AND_SEE": {...}}
    choices  jsonb       NOT NULL DEFAULT '{}',
    saved_by text        NOT NULL,
    saved_at timestamptz NOT NULL
);

-- One survey file imported: which file (by the SHA-256 of its bytes), through which mapping, by whom.
CREATE TABLE intention_import (
    id               uuid PRIMARY KEY,
    file_name        text        NOT NULL,
    file_fingerprint text        NOT NULL,
    mapping_name     text        NOT NULL,
    data_rows        integer     NOT NULL CHECK (data_rows >= 0),
    recorded         integer     NOT NULL CHECK (recorded >= 0),
    already_present  integer     NOT NULL CHECK (already_present >= 0),
    imported_by      text        NOT NULL,
    imported_at      timestamptz NOT NULL
);

CREATE TABLE return_intention (
    id                bigserial PRIMARY KEY,
    household_id      uuid        NOT NULL,
    intention         text        NOT NULL
                      CHECK (intention IN ('WITHIN_3_MONTHS', 'WITHIN_12_MONTHS', 'NOT_INTENDING', 'UNDECIDED')),
    destination_pcode text,
    conditions        text[]      NOT NULL DEFAULT '{}'
                      CHECK (conditions <@ ARRAY['SAFETY', 'HOUSING', 'SERVICES', 'LIVELIHOODS', 'DOCUMENTS',
                                                  'MILITARY_SERVICE', 'PROPERTY', 'OTHER']),
    go_and_see_first  boolean     NOT NULL,
    stated_on         date        NOT NULL,
    source            text        NOT NULL CHECK (source IN ('FORM', 'SURVEY_IMPORT')),
    import_id         uuid REFERENCES intention_import (id),
    -- The SHA-256 of what an imported row says about which household: the same answer imported again
    -- (from the same file or another export of it) is found here and not recorded twice.
    row_fingerprint   text,
    -- The household's country of asylum and size when the intention was recorded, so that figures by
    -- country and month are counted here without reading the registry's tables.
    asylum_country    text CHECK (asylum_country ~ '^[A-Z]{3}$'),
    persons           integer     NOT NULL CHECK (persons >= 1),
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    CHECK ((source = 'SURVEY_IMPORT') = (import_id IS NOT NULL)),
    CHECK ((source = 'SURVEY_IMPORT') = (row_fingerprint IS NOT NULL))
);
CREATE UNIQUE INDEX return_intention_row_once ON return_intention (row_fingerprint) WHERE row_fingerprint IS NOT NULL;
CREATE INDEX return_intention_by_household ON return_intention (household_id, stated_on DESC, id DESC);

CREATE FUNCTION intentions_refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'return intentions are append-only: record a new one' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER return_intention_append_only BEFORE UPDATE OR DELETE ON return_intention
    FOR EACH ROW EXECUTE FUNCTION intentions_refuse_history_change();
CREATE TRIGGER intention_import_append_only BEFORE UPDATE OR DELETE ON intention_import
    FOR EACH ROW EXECUTE FUNCTION intentions_refuse_history_change();

-- The mapping for the survey form described in docs/intentions.md, as KoBo and ODK export it:
-- column names, English or Arabic labels, or HXL tags; choice names or their labels.
INSERT INTO intention_column_mapping (name, columns, choices, saved_by, saved_at) VALUES (
    'homeward-intentions-form',
    '{"REFERENCE": ["household_reference", "Household reference", "رقم الأسرة", "#case+id"],
      "DOCUMENT_NUMBER": ["document_number", "Document number", "رقم الوثيقة", "#meta+document"],
      "INTENTION": ["return_intention", "Do you intend to return?", "هل تنوون العودة؟", "#intent+return"],
      "DESTINATION": ["return_destination", "Where to?", "إلى أين؟", "#adm3+dest+name", "#adm3+dest+code"],
      "CONDITIONS": ["return_conditions", "What would you need to return?", "ما الذي تحتاجونه للعودة؟", "#need+return"],
      "GO_AND_SEE": ["go_and_see", "Would you like to visit first?", "هل تودون زيارة المكان أولاً؟", "#intent+visit"],
      "STATED_ON": ["today", "Date of interview", "تاريخ المقابلة", "#date+interview"],
      "SUBMISSION_ID": ["_uuid", "#meta+id"]}',
    '{"INTENTION": {"within_3_months": "WITHIN_3_MONTHS", "Within 3 months": "WITHIN_3_MONTHS",
                    "خلال 3 أشهر": "WITHIN_3_MONTHS",
                    "within_12_months": "WITHIN_12_MONTHS", "Within 12 months": "WITHIN_12_MONTHS",
                    "خلال 12 شهراً": "WITHIN_12_MONTHS",
                    "no": "NOT_INTENDING", "No": "NOT_INTENDING", "لا": "NOT_INTENDING",
                    "not_intending": "NOT_INTENDING",
                    "dont_know": "UNDECIDED", "Don''t know yet": "UNDECIDED", "لم نقرر بعد": "UNDECIDED"},
      "CONDITIONS": {"safety": "SAFETY", "Safety": "SAFETY", "الأمان": "SAFETY",
                     "housing": "HOUSING", "Housing": "HOUSING", "السكن": "HOUSING",
                     "services": "SERVICES", "Services": "SERVICES", "الخدمات": "SERVICES",
                     "livelihoods": "LIVELIHOODS", "Livelihoods": "LIVELIHOODS", "سبل العيش": "LIVELIHOODS",
                     "documents": "DOCUMENTS", "Documents": "DOCUMENTS", "الوثائق": "DOCUMENTS",
                     "military_service": "MILITARY_SERVICE", "Military service": "MILITARY_SERVICE",
                     "الخدمة العسكرية": "MILITARY_SERVICE",
                     "property": "PROPERTY", "Property": "PROPERTY", "الملكية": "PROPERTY",
                     "other": "OTHER", "Other": "OTHER", "أخرى": "OTHER"},
      "GO_AND_SEE": {"yes": "true", "Yes": "true", "نعم": "true", "no": "false", "No": "false", "لا": "false"}}',
    'homeward', '2026-01-01T00:00:00Z');
