-- Where each person was born and which nationality they hold: both optional, both personal data
-- like the date of birth. A birth inside Syria names its place by P-code (and the country SYR); one
-- outside names the country by ISO 3166-1 alpha-3 with, if known, the town as typed. The rules the
-- registry's validator enforces are repeated here so that no write path can store a half of them.
ALTER TABLE individual
    ADD COLUMN nationality   text CHECK (nationality ~ '^[A-Z]{3}$'),
    ADD COLUMN birth_country text CHECK (birth_country ~ '^[A-Z]{3}$'),
    ADD COLUMN birth_place   text,
    ADD COLUMN birth_town    text CHECK (char_length(birth_town) <= 100),
    ADD CONSTRAINT birth_place_inside_syria CHECK (birth_place IS NULL OR birth_country = 'SYR'),
    ADD CONSTRAINT birth_town_outside_syria CHECK (birth_town IS NULL OR (birth_country IS NOT NULL AND birth_country <> 'SYR'));

COMMENT ON COLUMN individual.nationality IS 'Owned by the registry: ISO 3166-1 alpha-3 code of the nationality, if known.';
COMMENT ON COLUMN individual.birth_country IS 'Owned by the registry: ISO 3166-1 alpha-3 code of the country of birth (SYR inside Syria).';
COMMENT ON COLUMN individual.birth_place IS 'Owned by the registry: P-code of the place of birth inside Syria.';
COMMENT ON COLUMN individual.birth_town IS 'Owned by the registry: the town of a birth outside Syria, as typed.';
