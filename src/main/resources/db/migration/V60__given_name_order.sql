-- The bearers of a given name, latest registration first. A name search ranks at most a bound of
-- people; when one common given name ("Ahmad": tens of thousands of bearers at a million people)
-- finds more, it keeps the latest registrations. Through the GIN index of name_keys that meant reading
-- every bearer, with their households, and sorting them all. This table holds each individual's
-- given-name keys (the gv: spelling and gs: skeleton keys of name_keys, both scripts) beside the household's
-- registration time, so that a B-tree hands over the latest bearers of a key in order and the search
-- stops after the ones it keeps. The registry's own statement-level triggers keep it from name_keys;
-- a household's registration time never changes once written.
CREATE TABLE individual_given_key (
    key           text        NOT NULL,
    registered_at timestamptz NOT NULL,
    individual_id uuid        NOT NULL
);

INSERT INTO individual_given_key (key, registered_at, individual_id)
SELECT DISTINCT k, h.registered_at, i.id
FROM individual i
JOIN household h ON h.id = i.household_id,
     unnest(i.name_keys) k
WHERE left(k, 3) IN ('gv:', 'gs:');

-- Set aside and built again by a large first import, as the name indexes are (NameIndexes).
CREATE INDEX individual_given_key_order ON individual_given_key (key, registered_at DESC, individual_id);

CREATE FUNCTION registry_given_keys_added() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO individual_given_key (key, registered_at, individual_id)
    SELECT DISTINCT k, h.registered_at, n.id
    FROM new_rows n
    JOIN household h ON h.id = n.household_id,
         unnest(n.name_keys) k
    WHERE left(k, 3) IN ('gv:', 'gs:');
    RETURN NULL;
END
$$;
CREATE TRIGGER registry_given_keys_added AFTER INSERT ON individual
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_given_keys_added();

-- A correction or an erasure (name_keys emptied) changes the keys: the old ones go, the new ones come.
-- Rows are found by their whole key (key, registration time, individual), never by scanning a key's
-- bearers.
CREATE FUNCTION registry_given_keys_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM individual_given_key g
    USING old_rows o
    JOIN new_rows n ON n.id = o.id
    JOIN household h ON h.id = o.household_id,
          unnest(o.name_keys) k
    WHERE (o.name_keys IS DISTINCT FROM n.name_keys OR o.household_id <> n.household_id)
      AND left(k, 3) IN ('gv:', 'gs:')
      AND g.key = k AND g.registered_at = h.registered_at AND g.individual_id = o.id;
    INSERT INTO individual_given_key (key, registered_at, individual_id)
    SELECT DISTINCT k, h.registered_at, n.id
    FROM new_rows n
    JOIN old_rows o ON o.id = n.id
    JOIN household h ON h.id = n.household_id,
         unnest(n.name_keys) k
    WHERE (o.name_keys IS DISTINCT FROM n.name_keys OR o.household_id <> n.household_id)
      AND left(k, 3) IN ('gv:', 'gs:');
    RETURN NULL;
END
$$;
CREATE TRIGGER registry_given_keys_changed AFTER UPDATE ON individual
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_given_keys_changed();

-- A member removed (or a household deleted with its members): its keys go. The household may be gone
-- already, so the rows are found by key and individual.
CREATE FUNCTION registry_given_keys_removed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM individual_given_key g
    USING old_rows o,
          unnest(o.name_keys) k
    WHERE left(k, 3) IN ('gv:', 'gs:') AND g.key = k AND g.individual_id = o.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER registry_given_keys_removed AFTER DELETE ON individual
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION registry_given_keys_removed();
