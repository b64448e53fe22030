-- The bearers of a given name together with a family or a father's name, latest registration first.
-- A two-part name search ("Mustafa Mohammad") asks first for people whose given name and family name,
-- or given name and father's name, are spelling variants of the two parts, then for those sharing their
-- consonant skeletons. Through the GIN index of name_keys that meant intersecting two long lists (every
-- Mustafa, every Mohammad in any family) and then reading and sorting every person in the intersection
-- to keep the latest: at ten million people several hundred milliseconds. This table holds each
-- individual's pairs of keys: the given name's spelling keys with the family name's and with the
-- father's, one script at a time (an Arabic given name with an Arabic family name, a Latin one with a
-- Latin one), and the given name's consonant skeletons with theirs, beside the household's registration
-- time, so that a B-tree hands over the latest bearers of a pair in order. A pair is kept as a 64-bit
-- hash of its text (PostgreSQL's hashtextextended, the hash its partitioning relies on staying the same
-- across versions): a third smaller than the text, and two pairs sharing a hash would only bring a
-- stranger among the people a search then ranks by their names. The registry's own statement-level
-- triggers keep it from name_keys; a household's registration time never changes once written.

-- The pairs of a name chain's keys, as text: every given-name spelling key (gv:) with every family-name
-- (lv:) and father's-name (fv:) spelling key written in the same script (a key's script is that of its
-- first letter), and every given-name skeleton (gs:) with every family and father's skeleton (ls:, fs:).
CREATE FUNCTION registry_name_pair_texts(keys text[]) RETURNS SETOF text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT g || '|' || o
    FROM unnest(keys) g, unnest(keys) o
    WHERE ((left(g, 3) = 'gv:' AND left(o, 3) IN ('lv:', 'fv:'))
        OR (left(g, 3) = 'gs:' AND left(o, 3) IN ('ls:', 'fs:')))
      AND (ascii(substr(g, 4, 1)) < 128) = (ascii(substr(o, 4, 1)) < 128)
$$;

-- A pair as it is kept and looked up.
CREATE FUNCTION registry_name_pair(pair text) RETURNS bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT hashtextextended(pair, 0)
$$;

CREATE FUNCTION registry_name_pairs(keys text[]) RETURNS SETOF bigint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT registry_name_pair(p) FROM registry_name_pair_texts(keys) p
$$;

CREATE TABLE individual_name_pair (
    key           bigint      NOT NULL,
    registered_at timestamptz NOT NULL,
    individual_id uuid        NOT NULL
);

INSERT INTO individual_name_pair (key, registered_at, individual_id)
SELECT p, h.registered_at, i.id
FROM individual i
JOIN household h ON h.id = i.household_id,
     registry_name_pairs(i.name_keys) p;

-- Set aside and built again by a large first import, as the name indexes are (NameIndexes).
CREATE INDEX individual_name_pair_order ON individual_name_pair (key, registered_at DESC, individual_id);

CREATE FUNCTION registry_name_pairs_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO individual_name_pair (key, registered_at, individual_id)
    SELECT p, h.registered_at, n.id
    FROM new_rows n
    JOIN household h ON h.id = n.household_id,
         registry_name_pairs(n.name_keys) p;
    RETURN NULL;
END
$$;
CREATE TRIGGER registry_name_pairs_added AFTER INSERT ON individual
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_name_pairs_added();

-- A correction or an erasure (name_keys emptied) changes the pairs: the old ones go, the new ones come.
-- Rows are found by their whole key (pair, registration time, individual), never by scanning a pair's
-- bearers.
CREATE FUNCTION registry_name_pairs_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM individual_name_pair g
    USING old_rows o
    JOIN new_rows n ON n.id = o.id
    JOIN household h ON h.id = o.household_id,
          registry_name_pairs(o.name_keys) p
    WHERE (o.name_keys IS DISTINCT FROM n.name_keys OR o.household_id <> n.household_id)
      AND g.key = p AND g.registered_at = h.registered_at AND g.individual_id = o.id;
    INSERT INTO individual_name_pair (key, registered_at, individual_id)
    SELECT p, h.registered_at, n.id
    FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN household h ON h.id = n.household_id,
         registry_name_pairs(n.name_keys) p
    WHERE o.name_keys IS DISTINCT FROM n.name_keys OR o.household_id <> n.household_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER registry_name_pairs_changed AFTER UPDATE ON individual
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_name_pairs_changed();

-- A member removed (or a household deleted with its members): its pairs go. The household may be gone
-- already, so the rows are found by pair and individual.
CREATE FUNCTION registry_name_pairs_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM individual_name_pair g
    USING old_rows o,
          registry_name_pairs(o.name_keys) p
    WHERE g.key = p AND g.individual_id = o.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER registry_name_pairs_removed AFTER DELETE ON individual
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_name_pairs_removed();
