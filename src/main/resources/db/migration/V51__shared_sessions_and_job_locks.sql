-- Several Homeward servers on one database (#18): what one server knows, the others must know too.

-- Signed-in sessions, kept by Spring Session JDBC so that a session begun on one server is valid on every
-- other and signing out ends it on all of them. The columns are the ones Spring Session reads and writes;
-- the application role cannot create tables, so Boot's own schema script is switched off and this stands in.
CREATE TABLE spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint NOT NULL,
    last_access_time      bigint NOT NULL,
    max_inactive_interval integer NOT NULL,
    expiry_time           bigint NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_by_session_id ON spring_session (session_id);
-- Expired sessions are swept every minute by expiry time; sign-out everywhere finds a user's by name.
CREATE INDEX spring_session_by_expiry ON spring_session (expiry_time);
CREATE INDEX spring_session_by_principal ON spring_session (principal_name);

-- The attributes of a session (the security context, the CSRF token), serialised.
CREATE TABLE spring_session_attributes (
    session_primary_id char(36) NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name)
);

-- One row per scheduled job (statistics refresh, audit anchoring): the server that holds it runs the job,
-- the others skip that turn. Kept by ShedLock; lock times come from the database's clock, so that servers
-- whose clocks drift apart still agree (UTC without a zone, as ShedLock writes them with the database's time).
CREATE TABLE job_lock (
    name       varchar(64) PRIMARY KEY,
    lock_until timestamp NOT NULL,
    locked_at  timestamp NOT NULL,
    locked_by  varchar(255) NOT NULL
);
