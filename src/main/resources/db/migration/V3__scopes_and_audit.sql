-- Where each user may act: registration sites, areas (P-code prefixes) and reception centres.
CREATE TABLE user_scope (
    user_id  bigint NOT NULL REFERENCES app_user(id),
    kind     text NOT NULL CHECK (kind IN ('SITE','AREA','CENTRE')),
    value    text NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
    PRIMARY KEY (user_id, kind, value)
);

-- The audit trail: append-only, each entry carrying the hash of the one before it.
CREATE TABLE audit_event (
    id              bigint PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor           text NOT NULL,
    action          text NOT NULL,
    target_type     text,
    target_id       text,
    remote_address  text,
    reason          text,
    details         jsonb NOT NULL DEFAULT '{}',
    previous_hash   text NOT NULL,
    hash            text NOT NULL
);
CREATE INDEX audit_event_target ON audit_event (target_type, target_id, id);
CREATE INDEX audit_event_actor ON audit_event (actor, id);
CREATE INDEX audit_event_time ON audit_event (occurred_at);

-- The digest of one entry: every field, in a fixed order, with the previous entry's hash.
CREATE FUNCTION audit_event_digest(previous text, id bigint, occurred_at timestamptz, actor text, action text,
                                   target_type text, target_id text, remote_address text, reason text, details jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws(E'\x1f', previous, id::text,
        to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), actor, action,
        coalesce(target_type, ''), coalesce(target_id, ''), coalesce(remote_address, ''), coalesce(reason, ''),
        details::text), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
