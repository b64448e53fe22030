-- Several Homeward servers on one database (#18), continued: allocation runs and duplicate runs.

-- An allocation run names the server computing it and that server's heartbeat, written every few seconds
-- while it works. When the heartbeat falls silent (the server was killed, restarted or cut off), another
-- web server, or the same one restarted, takes the run up and computes it again from its stored window and
-- weights: its proposals are stored in one transaction with its end, so a run cut short left none behind.
-- attempts counts the servers that began it; a run that stopped its server too often is failed instead.
ALTER TABLE allocation_run
    ADD COLUMN server    text,
    ADD COLUMN heartbeat timestamptz,
    ADD COLUMN attempts  integer NOT NULL DEFAULT 1 CHECK (attempts > 0);

-- Runs the servers of the previous version left running have nobody to take them up: as that version did
-- when it started, they are failed, so that a new one can be started.
UPDATE allocation_run SET status = 'FAILED', finished_at = now(), failure = 'The application stopped during the run'
WHERE status = 'RUNNING';

-- One allocation run computing at a time across all servers (a national run takes a server's cores).
CREATE UNIQUE INDEX allocation_run_one_running ON allocation_run (status) WHERE status = 'RUNNING';

-- A duplicate run keeps its state in its row the same way, so that one runs at a time across all servers
-- and one left running by a stopped server is taken up by another. Its pairs are written with a key that
-- keeps one row per pair, so a run begun again writes each pair once.
ALTER TABLE duplicate_run
    ADD COLUMN state     text NOT NULL DEFAULT 'RUNNING' CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    ADD COLUMN server    text,
    ADD COLUMN heartbeat timestamptz,
    ADD COLUMN attempts  integer NOT NULL DEFAULT 1 CHECK (attempts > 0),
    ADD COLUMN failure   text;

UPDATE duplicate_run SET state = CASE WHEN finished_at IS NULL THEN 'FAILED' ELSE 'DONE' END;
UPDATE duplicate_run SET failure = 'The application stopped during the run' WHERE state = 'FAILED';

CREATE UNIQUE INDEX duplicate_run_one_running ON duplicate_run (state) WHERE state = 'RUNNING';
