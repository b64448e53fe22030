package org.homeward.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Issues and checks bearer tokens for API clients, so that a client proves its password once
 * (argon2id is deliberately slow) and then sends a token; only the token's hash is stored.
 */
@Service
class ApiTokenService {

    static final Duration LIFETIME = Duration.ofHours(8);
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new token for the user, valid for {@link #LIFETIME}, recorded in the audit trail. */
    public IssuedToken issue(String username) {
        audit.record(AuditEntry.of(AccessAuditAction.TOKEN_ISSUED, "user", username));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME);
        jdbc.sql(
                        "INSERT INTO api_token (token_hash, username, created_at, expires_at) VALUES (:hash, :username, :now, :expires)")
                .param("hash", hash(token))
                .param("username", username)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .update();
        return new IssuedToken(token, expires);
    }

    /** The user a token belongs to, when the token is known, unexpired and its user enabled. */
    Optional<String> userOf(String token) {
        return jdbc.sql("""
                        SELECT t.username FROM api_token t JOIN app_user u ON u.username = t.username
                        WHERE t.token_hash = :hash AND t.expires_at > :now AND u.enabled""")
                .param("hash", hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .optional();
    }

    /** Withdraws every token of a user (disabling the user or resetting the password does this). */
    public void revokeAll(String username) {
        jdbc.sql("DELETE FROM api_token WHERE username = :username")
                .param("username", username)
                .update();
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as given to the client, once. */
    public record IssuedToken(String token, Instant expiresAt) {}
}
