-- Places: P-coded administrative units, their names and aliases, countries of asylum and crossing
-- points. The tables only take shape here; the application fills them from the reference data it
-- ships (src/main/resources/places) when it starts, and fills them again only when that data
-- changes, as recorded in place_data_version.

-- Governorates (SY01), districts (SY0100) and sub-districts (SY010000) from the shipped data;
-- communities (C1001) only when a table of communities is loaded, which the shipped data has not.
CREATE TABLE place_area (
    pcode            text PRIMARY KEY,
    level            text NOT NULL CHECK (level IN ('GOVERNORATE', 'DISTRICT', 'SUBDISTRICT', 'COMMUNITY')),
    parent_pcode     text REFERENCES place_area (pcode),
    name_en          text NOT NULL CHECK (name_en <> ''),
    name_ar          text NOT NULL CHECK (name_ar <> ''),
    latitude         double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude        double precision CHECK (longitude BETWEEN -180 AND 180),
    area_km2         double precision CHECK (area_km2 > 0),
    population       integer CHECK (population >= 0),
    population_year  integer CHECK (population_year BETWEEN 1900 AND 2100),
    -- A unit the shipped data no longer lists stays, so that old registrations still show its
    -- name, but it is no longer offered or accepted.
    current          boolean NOT NULL DEFAULT true,
    CONSTRAINT place_code_matches_level CHECK (
        (level = 'GOVERNORATE' AND pcode ~ '^SY[0-9]{2}$' AND parent_pcode IS NULL) OR
        (level = 'DISTRICT' AND pcode ~ '^SY[0-9]{4}$' AND parent_pcode = substr(pcode, 1, 4)) OR
        (level = 'SUBDISTRICT' AND pcode ~ '^SY[0-9]{6}$' AND parent_pcode = substr(pcode, 1, 6)) OR
        (level = 'COMMUNITY' AND pcode ~ '^C[0-9]{4,6}$' AND parent_pcode ~ '^SY[0-9]{6}$'))
);
CREATE INDEX place_area_parent ON place_area (parent_pcode);

CREATE TABLE place_alias (
    pcode     text NOT NULL REFERENCES place_area (pcode),
    value     text NOT NULL CHECK (value <> ''),
    language  text NOT NULL,
    kind      text NOT NULL,
    PRIMARY KEY (pcode, language, value)
);

CREATE TABLE place_country (
    iso3       char(3) PRIMARY KEY CHECK (iso3 ~ '^[A-Z]{3}$'),
    iso2       char(2) NOT NULL UNIQUE CHECK (iso2 ~ '^[A-Z]{2}$'),
    name_en    text NOT NULL CHECK (name_en <> ''),
    name_ar    text NOT NULL CHECK (name_ar <> ''),
    eu_member  boolean NOT NULL,
    current    boolean NOT NULL DEFAULT true
);

CREATE TABLE place_crossing (
    code                     text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_en                  text NOT NULL CHECK (name_en <> ''),
    name_ar                  text NOT NULL CHECK (name_ar <> ''),
    kind                     text NOT NULL CHECK (kind IN ('LAND', 'AIRPORT', 'SEA')),
    neighbour_iso3           char(3) REFERENCES place_country (iso3),
    subdistrict_pcode        text REFERENCES place_area (pcode),
    latitude                 double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude                double precision CHECK (longitude BETWEEN -180 AND 180),
    coordinates_approximate  boolean NOT NULL,
    -- The order of the shipped list: by border, then the airports.
    position                 integer NOT NULL,
    current                  boolean NOT NULL DEFAULT true
);

-- One row per shipped dataset: the checksum of the files last loaded, so a restart with the same
-- files loads nothing and a new release with changed files reloads them once.
CREATE TABLE place_data_version (
    dataset    text PRIMARY KEY,
    checksum   text NOT NULL,
    loaded_at  timestamptz NOT NULL,
    areas      integer NOT NULL,
    aliases    integer NOT NULL,
    countries  integer NOT NULL,
    crossings  integer NOT NULL
);
