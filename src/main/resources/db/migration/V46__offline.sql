-- Offline registration: the devices officers register, the household references reserved to each,
-- and what each record sent from a device's outbox became (idempotent by the client's identifier).

CREATE TABLE offline_device (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_id          uuid NOT NULL,
    username           text NOT NULL,
    label              text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
    signing_public_key text NOT NULL CHECK (length(signing_public_key) <= 1000),
    outbox_salt        bytea NOT NULL CHECK (length(outbox_salt) = 32),
    registered_at      timestamptz NOT NULL,
    last_sync_at       timestamptz,
    waiting_count      integer NOT NULL DEFAULT 0 CHECK (waiting_count >= 0),
    refused_count      integer NOT NULL DEFAULT 0 CHECK (refused_count >= 0),
    oldest_waiting_at  timestamptz,
    UNIQUE (device_id, username)
);

CREATE TABLE offline_reserved_reference (
    reference    text PRIMARY KEY,
    device       bigint NOT NULL REFERENCES offline_device (id),
    reserved_at  timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    household_id uuid
);

CREATE INDEX offline_reserved_reference_device ON offline_reserved_reference (device) WHERE used_at IS NULL;

CREATE TABLE offline_submission (
    client_id    uuid PRIMARY KEY,
    device       bigint NOT NULL REFERENCES offline_device (id),
    household_id uuid NOT NULL,
    reference    text NOT NULL,
    recorded_at  timestamptz,
    received_at  timestamptz NOT NULL
);
