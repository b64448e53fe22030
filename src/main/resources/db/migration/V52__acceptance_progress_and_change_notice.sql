-- Several Homeward servers on one database (#18), continued.

-- A bulk acceptance of a run's open proposals, kept where every server reads it: any server's run page
-- shows its progress, and a restart does not lose it. The server working on it writes a heartbeat with
-- each proposal; when the heartbeat falls silent (the server stopped), another server, or the same one
-- restarted, takes the acceptance up after the last proposal handled, so none is counted twice.
CREATE TABLE allocation_acceptance (
    id            uuid PRIMARY KEY,
    run_id        uuid NOT NULL REFERENCES allocation_run (id),
    total         integer NOT NULL CHECK (total >= 0),
    accepted      integer NOT NULL DEFAULT 0 CHECK (accepted >= 0),
    refused       integer NOT NULL DEFAULT 0 CHECK (refused >= 0),
    last_proposal bigint NOT NULL DEFAULT 0,
    state         text NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    started_by    text NOT NULL,
    started_at    timestamptz NOT NULL,
    server        text NOT NULL,
    heartbeat     timestamptz NOT NULL,
    finished_at   timestamptz,
    error         text
);
-- One acceptance of a run at a time, whichever server started it.
CREATE UNIQUE INDEX allocation_acceptance_one_running ON allocation_acceptance (run_id) WHERE state = 'RUNNING';
CREATE INDEX allocation_acceptance_by_run ON allocation_acceptance (run_id, started_at DESC);

-- Tells every listening server that the registry's history moved on, so that the on-entry duplicate
-- index of each server takes in what was registered on another. The notice carries nothing: the
-- listener reads the ids from registry_household_change_v. One notice per statement, so that an
-- import of thousands of households sends one, not thousands.
CREATE FUNCTION registry_notify_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('registry_household_change', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER registry_household_event_notify AFTER INSERT ON household_event
    FOR EACH STATEMENT EXECUTE FUNCTION registry_notify_change();
