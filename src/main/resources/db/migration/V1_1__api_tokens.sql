-- Bearer tokens for API clients: only a SHA-256 hash of each token is stored.
CREATE TABLE api_token (
    token_hash  bytea PRIMARY KEY,
    username    text NOT NULL REFERENCES app_user(username),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX api_token_username ON api_token (username);
