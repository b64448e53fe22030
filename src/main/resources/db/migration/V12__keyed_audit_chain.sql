-- Which rule an audit entry's hash follows: 'sha256' for the unkeyed entries written before the
-- chain was keyed (they keep verifying by that rule), 'hmac-sha256' for entries whose hash is an
-- HMAC computed by the application with a key the database never sees.
ALTER TABLE audit_event ADD COLUMN chain_rule text NOT NULL DEFAULT 'sha256'
    CHECK (chain_rule IN ('sha256', 'hmac-sha256'));
ALTER TABLE audit_event ALTER COLUMN chain_rule DROP DEFAULT;
