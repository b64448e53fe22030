package org.homeward.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and their password hashes in PostgreSQL. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    boolean insert(String username, String hash, Role role, String organisation, Instant now) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, role, organisation, created_at, password_changed_at)
                        VALUES (:username, :hash, :role, :organisation, :now, :now) ON CONFLICT (username) DO NOTHING""")
                        .param("username", username)
                        .param("hash", hash)
                        .param("role", role.name())
                        .param("organisation", organisation)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = :username")
                .param("username", username)
                .query((rs, n) -> account(rs))
                .optional();
    }

    Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE username = :username")
                .param("username", username)
                .query(String.class)
                .optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username")
                .query((rs, n) -> account(rs))
                .list();
    }

    boolean setPassword(String username, String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, password_changed_at = :now, failed_logins = 0,
                            locked_until = NULL WHERE username = :username""")
                        .param("hash", hash)
                        .param("now", Timestamp.from(now))
                        .param("username", username)
                        .update()
                == 1;
    }

    /** Sets whether the user must choose a new password at the next sign-in. */
    void requirePasswordChange(String username, boolean required) {
        jdbc.sql("UPDATE app_user SET password_change_required = :required WHERE username = :username")
                .param("required", required)
                .param("username", username)
                .update();
    }

    boolean passwordChangeRequired(String username) {
        return jdbc.sql("SELECT password_change_required FROM app_user WHERE username = :username")
                .param("username", username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    boolean setRole(String username, Role role) {
        return jdbc.sql("UPDATE app_user SET role = :role WHERE username = :username")
                        .param("role", role.name())
                        .param("username", username)
                        .update()
                == 1;
    }

    /** How many enabled administrators there are, locking each of their rows so that two demotions cannot cross. */
    int lockEnabledAdministrators() {
        return jdbc.sql("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled FOR UPDATE")
                .query(Long.class)
                .list()
                .size();
    }

    boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE username = :username")
                        .param("enabled", enabled)
                        .param("username", username)
                        .update()
                == 1;
    }

    void replaceScopes(long userId, List<ScopeGrant> scopes) {
        jdbc.sql("DELETE FROM user_scope WHERE user_id = :id")
                .param("id", userId)
                .update();
        for (ScopeGrant scope : scopes) {
            jdbc.sql("INSERT INTO user_scope (user_id, kind, value) VALUES (:id, :kind, :value) ON CONFLICT DO NOTHING")
                    .param("id", userId)
                    .param("kind", scope.kind())
                    .param("value", scope.value())
                    .update();
        }
    }

    List<ScopeGrant> scopes(long userId) {
        return jdbc.sql("SELECT kind, value FROM user_scope WHERE user_id = :id ORDER BY kind, value")
                .param("id", userId)
                .query((rs, n) -> new ScopeGrant(rs.getString("kind"), rs.getString("value")))
                .list();
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                rs.getString("organisation"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
