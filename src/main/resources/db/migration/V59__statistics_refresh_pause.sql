-- Several Homeward servers on one database (#18), continued: a bulk import's pause of the statistics refresh.

-- While a bulk import writes, the background refresh of the summary waits on every server, then catches up
-- once. The pause is a row here: what holds it (the import), the server it runs on, since when, and the
-- heartbeat that server writes every few seconds. A pause whose heartbeat fell silent (the server was killed,
-- hung or cut off from the database) is no longer honoured, and the first server that finds it removes it.
CREATE TABLE statistics_refresh_pause (
    holder    text PRIMARY KEY,
    server    text NOT NULL,
    since     timestamptz NOT NULL,
    heartbeat timestamptz NOT NULL CHECK (heartbeat >= since)
);
